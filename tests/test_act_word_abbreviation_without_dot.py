"""An abbreviated act word written without its dot: Dutch practitioners write "Rl
2008/8" beside "Rl. 2008/8" (a Council of State opinion on the VAT package: "(hierna: Rl
2008/8)", "implementatie van Rl 2008/8 en Rl 2008/9" gave nothing). The Dutch act words
in data/lang/nl.toml list it, as they list "Vo" beside "Vo."; German "RL"/"VO" and the
Romance "Dir"/"Reg" were read already."""

from __future__ import annotations

import pytest

import citeresolve

L8, L9 = "CELEX:32008L0008", "CELEX:32008L0009"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "De Raad maakt opmerkingen over de wijze van implementeren van Richtlijn nr. "
            "2008/8/EG (hierna: Rl 2008/8) en Richtlijn 2008/9/EG (hierna: Rl 2008/9).",
            [L8, L8, L9, L9],
        ),
        ("nl", "bij de implementatie van Rl 2008/8 en Rl 2008/9 als uitgangspunt", [L8, L9]),
        ("nl", "Zie art. 7 lid 1 Rl 2004/38.", ["CELEX:32004L0038:7(1)"]),
        # the same practice in other languages, read before
        ("nl", "Zie artikel 5 Vo 2016/679.", ["CELEX:32016R0679:5"]),
        ("de", "nach Art. 7 Abs. 1 lit. b RL 2004/38", ["CELEX:32004L0038:7(1)(b)"]),
        ("fr", "la Dir 2006/112/CE et le Règl. 883/2004", ["CELEX:32006L0112", "CELEX:32004R0883"]),
        ("es", "la Dir 2006/112/CE", ["CELEX:32006L0112"]),
    ],
)
def test_abbreviation_without_dot(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    "text",
    [
        # a municipal rule numbered like an act, a number with no act word
        "zie Rl 12/2019 van de gemeente",
        "Zie ook nummer 2008/8 in de bijlage",
    ],
)
def test_no_act(text: str) -> None:
    assert _keys(text, "nl") == []
