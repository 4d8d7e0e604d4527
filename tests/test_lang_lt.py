"""lt: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "treaty paragraph",
        "atsižvelgdamas į Sutarties dėl Europos Sąjungos veikimo 78 straipsnio 3 dalį,",
        ["TFEU:78(3)"],
    ),
    (
        "treaty list",
        "atsižvelgdamas į Europos Sąjungos sutarties 2 ir 21 straipsnius,",
        ["TEU:2", "TEU:21"],
    ),
    (
        "in particular",
        "atsižvelgdamas į Europos Sąjungos pagrindinių teisių chartiją, ypač į jos 7, 8 ir 11 straipsnius,",
        ["CFR", "CFR:7", "CFR:8", "CFR:11"],
    ),
    (
        "rules",
        "pateiktas pagal Darbo tvarkos taisyklių 112 straipsnio 2 ir 3 dalis",
        ["EP-RULES:112(2)", "EP-RULES:112(3)"],
    ),
    (
        "act with title",
        "pagal Europos Parlamento ir Tarybos reglamento (ES) Nr. 1151/2012 dėl žemės ūkio ir maisto produktų kokybės sistemų 50 straipsnio 2 dalies b punktą",
        ["CELEX:32012R1151:50(2)(b)"],
    ),
    (
        "act with footnote",
        "pagal Europos Parlamento ir Tarybos reglamento (ES) 2024/1143 (1) 17 straipsnį.",
        ["CELEX:32024R1143:17"],
    ),
    ("oj footnote", "(1) OL L 222, 2008 8 20, p. 1.", ["OJ:L:2008:222:1"]),
    ("texts adopted", "(2) Priimti tekstai, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    ("negative", "pagal Baudžiamojo kodekso 405 straipsnį 2021 m. liepos 1 d.", []),
    # B-8-2016-0057 (doceo): "(toliau – ES sutartis)" defines a short name, not a citation
    (
        "defined name",
        "–  atsižvelgdamas į Europos Sąjungos sutarties (toliau – ES sutartis) 42 straipsnio 7 dalį,",
        ["TEU:42(7)"],
    ),
    # 32015R0159 (EUR-Lex): "Sutarties" points back to the TFEU
    (
        "the Treaty",
        "atsižvelgdama į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 132 straipsnio 3 dalį,\n\nveikdama pagal Sutarties 129 straipsnio 4 dalyje bei Europos centrinių bankų sistemos ir Europos Centrinio Banko statuto 41 straipsnyje nustatytą procedūrą,",
        # the ESCB Statute is Protocol No 4 (contract version 2)
        ["TFEU", "TFEU:132(3)", "TFEU:129(4)", "PROTOCOL-4:41"],
    ),
    # 52018PC0318 (EUR-Lex): act, relative clause between commas, article
    (
        "act with relative clause",
        "Pasiūlymas TARYBOS ĮGYVENDINIMO SPRENDIMAS dėl Reglamento (ES) 2017/1939, kuriuo įgyvendinamas tvirtesnis bendradarbiavimas Europos prokuratūros įsteigimo srityje, 14 straipsnio 3 dalyje numatytų atrankos komisijos veiklos taisyklių",
        ["CELEX:32017R1939:14(3)"],
    ),
    (
        "the regulation",
        "Tarybos reglamentas (ES) 2017/1939, kuriuo įgyvendinamas tvirtesnis bendradarbiavimas Europos prokuratūros įsteigimo srityje, priimtas 2017 m. spalio 12 d. Vadovaudamasi reglamento 120 straipsniu ir atsižvelgdama į trejų metų kūrimo etapo rezultatus,",
        ["CELEX:32017R1939", "CELEX:32017R1939:120"],
    ),
    ("lone reference", "pagal reglamento 3 straipsnį", []),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == keys


def test_ordinal_paragraph_indefinite_form() -> None:
    # General Court Rules amendments 2023 (EUR-Lex 32023Q0214(01)): "penktą pastraipą"
    text = (
        "atsižvelgdamas į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 254 straipsnio penktą "
        "pastraipą,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == ["TFEU", "TFEU:254(5)"]
