"""The Community Customs Code (Regulation (EEC) No 2913/92) by its name in the languages
that had none (hu "Közösségi Vámkódex 37. cikk (1) bekezdés", el "Κοινοτικού Τελωνειακού
Κώδικα", lt "Bendrijos muitinės kodekso", ro "Codul vamal comunitar", da
"EF-toldkodeksen"), and the Union Customs Code by the Hungarian abbreviation "UVK", as
customs authorities' guidance and national courts cite them."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "Értelmezést segíti: Közösségi Vámkódex 37. cikk (1) bekezdés = UVK 134. cikk (1) "
            "bekezdése, az Európai Bíróság C-195/03 számú ítéletének 22. pontja",
            ["CELEX:31992R2913:37(1)", "CELEX:32013R0952:134(1)", "CJEU:C-195/03"],
        ),
        (
            "hu",
            "második pont: a Közösségi Vámkódex 4. cikkének 13. pontja és 37. cikke "
            "együttes olvasatából következik",
            ["CELEX:31992R2913:4", "CELEX:31992R2913:37"],
        ),
        (
            "el",
            "σύμφωνα με το άρθρο 203 του Κοινοτικού Τελωνειακού Κώδικα",
            ["CELEX:31992R2913:203"],
        ),
        ("lt", "pagal Bendrijos muitinės kodekso 203 straipsnį", ["CELEX:31992R2913:203"]),
        ("ro", "potrivit articolului 203 din Codul vamal comunitar", ["CELEX:31992R2913:203"]),
        ("da", "efter artikel 203 i EF-toldkodeksen", ["CELEX:31992R2913:203"]),
    ],
)
def test_customs_codes(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "a Polgári Törvénykönyv 6:37. §-a szerint"),
        ("el", "το άρθρο 203 του Εθνικού Τελωνειακού Κώδικα (ν. 2960/2001)"),
        ("ro", "articolul 203 din Codul fiscal"),
    ],
)
def test_national_codes_stay_unreported(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
