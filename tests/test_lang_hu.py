"""hu: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "treaty list",
        "–  tekintettel az Európai Unióról szóló szerződés 5. cikkének (5) bekezdésére, 4. cikkének (3) bekezdésére és 8. cikkére,",
        ["TEU:5(5)", "TEU:4(3)", "TEU:8"],
    ),
    (
        "abbreviation",
        "az EUSZ 50. cikkének (2) bekezdése alapján eljuttatott értesítésre,",
        ["TEU:50(2)"],
    ),
    (
        "in particular",
        "tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak 212. cikkére,",
        ["TFEU", "TFEU:212"],
    ),
    (
        "charter",
        "tekintettel az Európai Unió Alapjogi Chartájának 21. és 23. cikkére,",
        ["CFR:21", "CFR:23"],
    ),
    ("rules", "az eljárási szabályzat 108. cikkének (5) bekezdése alapján", ["EP-RULES:108(5)"]),
    (
        "rules list",
        "–  tekintettel eljárási szabályzata 226. és 227. cikkére,",
        ["EP-RULES:226", "EP-RULES:227"],
    ),
    ("oj footnote", "(HL L 311., 2007.11.29., 5. o.)", ["OJ:L:2007:311:5"]),
    (
        "oj act by act",
        "HL L, 2024/1246, 2024.5.8, ELI: http://data.europa.eu/eli/dec/2024/1246/oj",
        ["OJ:L:2024/1246"],
    ),
    ("texts adopted", "(2) Elfogadott szövegek, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    ("act number first", "tekintettel az 1049/2001/EK rendeletre", ["CELEX:32001R1049"]),
    ("negative", "a Büntető Törvénykönyv 405. cikke alapján, 2024. április 24.", []),
    # TA-8-2017-0048 (doceo): ranges inside a number-first list stay separate units
    (
        "ranges in list",
        "valamint az Európai Unió működéséről szóló szerződés (EUMSZ) 119., 120–126., 127–133., 136–138., 139–144., 194. és 352. cikkére és az ezekhez csatolt jegyzőkönyvekre,",
        [
            "TFEU:119",
            "TFEU:120-126",
            "TFEU:127-133",
            "TFEU:136-138",
            "TFEU:139-144",
            "TFEU:194",
            "TFEU:352",
        ],
    ),
    ("single range", "tekintettel az EUMSZ 120–126. cikkére,", ["TFEU:120-126"]),
    # TA-6-2007-0328 (doceo): pre-Lisbon treaties named whole
    (
        "whole treaties",
        "tekintettel az Európai Unióról szóló szerződésre és az Európai Közösséget létrehozó szerződésre,",
        ["TEU", "TEC"],
    ),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hu")] == keys
