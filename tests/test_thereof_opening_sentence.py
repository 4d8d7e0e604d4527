"""A chain that opens its sentence with the language's "thereof" points to the act named
last in the sentence before: Irish writes it as a bare "de" ending the phrase ("Faoi
Airteagail 34 go 35 de, …"), the other languages with a possessive or an anaphor ("Sen
34 artiklan", "Selle artikli 34", "tās 34. pantu", "jo 34 straipsnį")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pins"),
    [
        (
            "ga",
            "Tháinig Rialachán (AE) 2022/2065 i bhfeidhm. Faoi Airteagail 34 go 35 de, ní mór "
            "d'ardáin measúnú riosca a dhéanamh.",
            ["34-35"],
        ),
        (
            "ga",
            "Glacadh Rialachán (AE) 2022/2065 in 2022. Faoi Airteagal 16 de, tá sásra ann.",
            ["16"],
        ),
        (
            "ga",
            "Tá Rialachán (AE) 2022/2065 i bhfeidhm. Leagtar amach in Airteagail 34 agus 35 de.",
            ["34", "35"],
        ),
        (
            "fi",
            "Asetus (EU) 2022/2065 tuli voimaan. Sen 34 ja 35 artiklan mukaan alustojen on "
            "arvioitava riskit.",
            ["34", "35"],
        ),
        (
            "et",
            "Määrus (EL) 2022/2065 jõustus. Selle artiklite 34 ja 35 kohaselt peavad platvormid "
            "hindama riske.",
            ["34", "35"],
        ),
        (
            "lv",
            "Regula (ES) 2022/2065 stājās spēkā. Saskaņā ar tās 34. un 35. pantu platformām "
            "jānovērtē riski.",
            ["34", "35"],
        ),
    ],
)
def test_thereof_opening_a_sentence_takes_the_act_before(
    lang: str, text: str, pins: list[str]
) -> None:
    assert _keys(text, lang) == ["CELEX:32022R2065", *(f"CELEX:32022R2065:{p}" for p in pins)]


def test_irish_de_before_an_act_is_of_that_act() -> None:
    text = (
        "Tháinig Rialachán (AE) 2022/2065 i bhfeidhm. Faoi Airteagal 5 de Threoir "
        "2000/31/CE, tá díolúine ann."
    )
    assert _keys(text, "ga") == ["CELEX:32022R2065", "CELEX:32000L0031:5"]
