"""Act words and names as practitioners write them: de "DVO" / "DurchfVO"
(Durchführungsverordnung) and "DelVO" (delegierte Verordnung) before the number, as
pl "rozp." and nl "Vo." already are; pl tax practice's "dyrektywa 112" for the VAT
Directive, beside "dyrektywa VAT" (cs "směrnice o DPH", sv
"mervärdesskattedirektivet")."""

from __future__ import annotations

import pytest

import citeresolve

VAT = "CELEX:32006L0112"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das Verfahren regeln Art. 14 und 15 der DVO 987/2009.",
            ["CELEX:32009R0987:14", "CELEX:32009R0987:15"],
        ),
        ("de", "Nach Art. 5 Abs. 2 DelVO (EU) 2017/565 gilt das.", ["CELEX:32017R0565:5(2)"]),
        ("de", "Die DurchfVO (EU) 2015/2447 regelt das Verfahren.", ["CELEX:32015R2447"]),
        ("pl", "Zob. art. 5 rozp. 2016/679.", ["CELEX:32016R0679:5"]),
        ("nl", "Zie artikel 5 Vo. 2016/679.", ["CELEX:32016R0679:5"]),
        # a national implementing ordinance with no EU number is none
        ("de", "Nach der DVO zum Baugesetzbuch gilt Art. 5.", []),
    ],
)
def test_act_word_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Zgodnie z art. 168 lit. a dyrektywy 112 podatnik odlicza podatek.",
            [f"{VAT}:168(a)"],
        ),
        (
            "pl",
            "Art. 135 ust. 1 lit. g Dyrektywy 112 zwalnia zarządzanie funduszami.",
            [f"{VAT}:135(1)(g)"],
        ),
        (
            "pl",
            "Zgodnie z art. 44 dyrektywy VAT miejscem świadczenia jest siedziba.",
            [f"{VAT}:44"],
        ),
        ("cs", "Podle čl. 44 směrnice o DPH je místem plnění sídlo.", [f"{VAT}:44"]),
        ("sv", "Enligt artikel 44 i mervärdesskattedirektivet gäller detta.", [f"{VAT}:44"]),
    ],
)
def test_vat_directive_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
