"""lt: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    ("treaty paragraph", "atsižvelgdamas į Sutarties dėl Europos Sąjungos veikimo 78 straipsnio 3 dalį,", ["TFEU:78(3)"]),
    ("treaty list", "atsižvelgdamas į Europos Sąjungos sutarties 2 ir 21 straipsnius,", ["TEU:2", "TEU:21"]),
    ("in particular", "atsižvelgdamas į Europos Sąjungos pagrindinių teisių chartiją, ypač į jos 7, 8 ir 11 straipsnius,", ["CFR", "CFR:7", "CFR:8", "CFR:11"]),
    ("rules", "pateiktas pagal Darbo tvarkos taisyklių 112 straipsnio 2 ir 3 dalis", ["EP-RULES:112(2)", "EP-RULES:112(3)"]),
    ("act with title", "pagal Europos Parlamento ir Tarybos reglamento (ES) Nr. 1151/2012 dėl žemės ūkio ir maisto produktų kokybės sistemų 50 straipsnio 2 dalies b punktą", ["CELEX:32012R1151:50(2)(b)"]),
    ("act with footnote", "pagal Europos Parlamento ir Tarybos reglamento (ES) 2024/1143 (1) 17 straipsnį.", ["CELEX:32024R1143:17"]),
    ("oj footnote", "(1) OL L 222, 2008 8 20, p. 1.", ["OJ:L:2008:222:1"]),
    ("texts adopted", "(2) Priimti tekstai, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    ("negative", "pagal Baudžiamojo kodekso 405 straipsnį 2021 m. liepos 1 d.", []),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == keys
