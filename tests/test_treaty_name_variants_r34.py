"""Treaty, convention and popular names in the forms texts write beside the usual
ones: fi "Euroopan yhteisöjen perustamissopimus" (the EC Treaty, "Communities" in the
plural), hu "EUMSz." (the TFEU's abbreviation in mixed case, as "EUSz." the TEU's), nl
the ECHR's name without "Europees" or without the "de" before "mens", and ga "Cód
Teorainneacha Schengen" (the Schengen Borders Code)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "ottavat huomioon Euroopan yhteisöjen perustamissopimuksen ja erityisesti "
            "sen 95 artiklan,",
            ["TEC", "TEC:95"],
        ),
        (
            "fi",
            "Euroopan yhteisöjen perustamissopimuksessa määrätään, että 43 artiklaa sovelletaan.",
            ["TEC", "TEC:43"],
        ),
        (
            "hu",
            "tekintettel az EUMSz. 114. cikkére és 207. cikkének (2) bekezdésére,",
            ["TFEU:114", "TFEU:207(2)"],
        ),
        (
            "nl",
            "Uitlegging van artikel 8 van het Verdrag tot bescherming van de rechten van "
            "mens en de fundamentele vrijheden.",
            ["ECHR:8"],
        ),
        (
            "nl",
            "Prejudiciële verwijzing – Verdrag tot bescherming van de rechten van de mens "
            "en de fundamentele vrijheden – Artikel 3 – Uitlevering",
            ["ECHR", "ECHR:3"],
        ),
        (
            "ga",
            "Rialú teorann – Cód Teorainneacha Schengen – Airteagal 6 – Coinníollacha iontrála",
            ["CELEX:32016R0399:6"],
        ),
    ],
)
def test_name_variant(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
