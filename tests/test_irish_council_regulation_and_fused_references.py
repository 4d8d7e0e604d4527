"""Irish act words and reference words the data lacked.

"CR" is "Council Regulation" as Irish pages on EU sanctions write it after the English
("Airteagal 2(f) de CR 833/2014", "CR 2024/1745 lena leasaítear CR 833/2014"); English
compliance texts write it so too ("EU CR 833/2014"). Act words are read in every language
when capitalised, so it reads there as well.

"den", "sa" fuse "de", "i" with the article "an": "Iarscríbhinn XV den Rialachán" is the
regulation cited before it, like "an Rialachán"; "den Rialachán seo" is the document
itself, and "den Rialachán maidir le …" ("on …") another act, never the act cited before.

RBTI is the Irish abbreviation of the Asylum and Migration Management Regulation
(Rialachán maidir le Bainistiú Tearmainn agus Imirce, Regulation (EU) 2024/1351).
"""

from __future__ import annotations

import pytest

import citeresolve

R833, R1745, R1351 = "CELEX:32014R0833", "CELEX:32024R1745", "CELEX:32024R1351"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "ga",
            "Glacadh an 14ú pacáiste (CR 2024/1745 lena leasaítear CR 833/2014) i mí an Mheithimh.",
            [R1745, R833],
        ),
        (
            "ga",
            "Tá na bearta i ndáil le craolachán in Airteagal 2(f) de CR 833/2014, agus tá liosta "
            "na n-eagraíochtaí in Iarscríbhinn IX den Rialachán.",
            [f"{R833}:2(f)", f"{R833}:annex-IX"],
        ),
        ("en", "Exports are prohibited under Article 3b of EU CR 833/2014.", [f"{R833}:3b"]),
        ("de", "Verbote nach Art. 5n CR 833/2014 gelten fort.", [f"{R833}:5n"]),
        ("fr", "l'article 2 quater du CR 833/2014 s'applique", [f"{R833}:2c"]),
    ],
)
def test_council_regulation_abbreviation(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # lower case, glued by a hyphen, or no year: no act
        ("en", "see cr 833/2014 in the annex"),
        ("en", "the form CR-12/2020 was filed"),
        ("ga", "Féach CR 12 ar leathanach 4."),
    ],
)
def test_no_council_regulation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Tá Rialachán (AE) 2019/817 i bhfeidhm. Leagtar síos in Airteagal 7 den Rialachán na "
            "coinníollacha.",
            ["CELEX:32019R0817", "CELEX:32019R0817:7"],
        ),
        (
            "Glacadh Rialachán (AE) 2016/679. Féach Iarscríbhinn I sa Rialachán.",
            ["CELEX:32016R0679", "CELEX:32016R0679:annex-I"],
        ),
        # "of the Regulation on …": another act, named by its subject
        (
            "Tá Rialachán (AE) 2020/285 ann. Airteagal 5 den Rialachán maidir le custam.",
            ["CELEX:32020R0285"],
        ),
        # the document itself: never the act cited before it
        (
            "Tá feidhm ag Treoir 2011/95/AE. Ní bhaineann míreanna (1) agus (2) d'Airteagal 17 "
            "den Treoir seo leis.",
            ["CELEX:32011L0095"],
        ),
        (
            "Glacadh Rialachán (AE) 2019/817. Na daoine dá dtagraítear in Airteagal 5(1) "
            "sa Rialachán seo.",
            ["CELEX:32019R0817"],
        ),
    ],
)
def test_fused_reference_words(text: str, keys: list[str]) -> None:
    assert _keys(text, "ga") == keys


def test_rbti() -> None:
    text = "Straitéis náisiúnta (Airt. 7 RBTI). Straitéis an Aontais (Airt. 8 RBTI)."
    assert _keys(text, "ga") == [f"{R1351}:7", f"{R1351}:8"]
    named = "faoi Airteagal 84 den Rialachán maidir le Bainistiú Tearmainn agus Imirce"
    assert _keys(named, "ga") == [f"{R1351}:84"]
