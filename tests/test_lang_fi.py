"""fi: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "treaty list",
        "–  ottaa huomioon Euroopan unionista tehdyn sopimuksen (SEU) 2, 3, 8, 21 ja 23 artiklan,",
        ["TEU:2", "TEU:3", "TEU:8", "TEU:21", "TEU:23"],
    ),
    (
        "treaty paragraph",
        "–  ottaa huomioon Euroopan parlamentin ja neuvoston toimivaltaisten yksiköiden 22. heinäkuuta 2011 sopimat käytännön järjestelyt SEUT-sopimuksen 294 artiklan 4 kohdan täytäntöönpanosta",
        ["TFEU:294(4)"],
    ),
    (
        "in particular",
        "–  ottaa huomioon Euroopan unionin perusoikeuskirjan ja Euroopan ihmisoikeussopimuksen, erityisesti sen 7, 8, 47 ja 52 artiklan,",
        ["CFR", "ECHR", "CFR:7", "CFR:8", "CFR:47", "CFR:52"],
    ),
    (
        "rules",
        "työjärjestyksen 123 artiklan 2 ja 4 kohdan mukaisesti",
        ["EP-RULES:123(2)", "EP-RULES:123(4)"],
    ),
    ("oj footnote", "(1) EUVL L 222, 20.8.2008, s. 1.", ["OJ:L:2008:222:1"]),
    (
        "old eurlex header",
        "Virallinen lehti nro L 176 , 10/07/1999 s. 0001 - 0016",
        ["OJ:L:1999:176:1"],
    ),
    ("texts adopted", "(2) Hyväksytyt tekstit, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    (
        "act",
        "ottaa huomioon Euroopan parlamentin ja neuvoston asetuksen (EU, Euratom) N:o 966/2012(3) ja",
        ["CELEX:32012R0966"],
    ),
    ("negative", "rikoslain 34 artiklan 2 kohdan mukaisesti 20 päivänä toukokuuta 1999", []),
    (
        "second audit: spaced footnote marker between act and articles",
        # CC-C-306-14 (EUR-Lex HTML, opinion of AG Bot): EUR-Lex writes the marker "( 2 )".
        "Tämä ennakkoratkaisupyyntö koskee alkoholin ja alkoholijuomien valmisteverojen rakenteiden yhdenmukaistamisesta 19.10.1992 annetun neuvoston direktiivin 92/83/ETY ( 2 ) 27 artiklan 2 kohdan d alakohdan tulkintaa.",
        ["CELEX:31992L0083:27(2)(d)"],
    ),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="fi")] == keys
