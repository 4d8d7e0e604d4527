"""The Latin-script abbreviations of acts that texts in every language write (GDPR, DSA,
DORA, MiFID II, MiCA, CSRD …) are read in Irish texts too ("Airteagal 28 de DORA", "den
GDPR"), and GDPR in Latvian and Lithuanian texts beside their own VDAR and BDAR; an
abbreviation standing alone ("faoin GDPR") is still no citation."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ga", "Ní mór cloí le hAirteagal 28 de DORA.", ["CELEX:32022R2554:28"]),
        ("ga", "Tá Airteagal 24(4) de MiFID II i bhfeidhm.", ["CELEX:32014L0065:24(4)"]),
        (
            "ga",
            "Faoi Airteagal 17 den GDPR agus Airteagal 16 den DSA, ní mór gníomhú.",
            ["CELEX:32016R0679:17", "CELEX:32022R2065:16"],
        ),
        (
            "ga",
            "Tá Airteagal 59 de MiCA agus Airteagal 8 CSRD ábhartha.",
            [
                "CELEX:32023R1114:59",
                "CELEX:32022L2464:8",
            ],
        ),
        (
            "lv",
            "Apstrāde pamatojas uz GDPR 6. panta 1. punkta f) apakšpunktu.",
            ["CELEX:32016R0679:6(1)(f)"],
        ),
        (
            "lt",
            "Duomenys tvarkomi pagal GDPR 6 straipsnio 1 dalies f punktą.",
            ["CELEX:32016R0679:6(1)(f)"],
        ),
    ],
)
def test_shared_abbreviation_takes_its_articles(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ga", "Faoin GDPR, tá cearta ag daoine aonair."),
        ("lv", "GDPR piemēro kopš 2018. gada."),
        ("lt", "GDPR taikomas nuo 2018 metų."),
    ],
)
def test_abbreviation_alone_is_no_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
