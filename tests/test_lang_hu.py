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


def _hu(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="hu")]


def test_act_list_with_trailing_act_word() -> None:
    # COM(2013) 344 (EUR-Lex): the act word after the last number names every act of
    # the list; "európai parlamenti és tanácsi rendeletet" after the number
    text = (
        "A tanácsi határozatjavaslathoz mellékelt EGT vegyes bizottsági határozattervezet célja az "
        "EGT-megállapodás XIII. mellékletének (Közlekedés) módosítása annak érdekében, hogy az "
        "549/2004/EK, az 550/2004/EK, az 551/2004/EK és az 552/2004/EK rendeletnek az európai "
        "légiközlekedési rendszer teljesítményének és fenntarthatóságának javítását célzó "
        "módosításáról szóló, 2009. október 21-i 1070/2009/EK európai parlamenti és tanácsi "
        "rendeletet[1] az EGT-tag EFTA-államok tekintetében kiigazítsák."
    )
    assert _hu(text) == [
        "CELEX:32004R0549",
        "CELEX:32004R0550",
        "CELEX:32004R0551",
        "CELEX:32004R0552",
        "CELEX:32009R1070",
    ]


def test_amended_act_then_footnote_then_articles() -> None:
    # COM(2013) 344: "az 1070/2009/EK rendelettel módosított 549/2004/EK rendelet[2] 5. ...
    # cikkének": the word before the second number belongs to the first act
    text = (
        "Az EGT-tag EFTA-államok tekintetében történő kiigazítások az 1070/2009/EK rendelettel "
        "módosított 549/2004/EK rendelet[2] 5., 11. és 13a. cikkének, az 1070/2009/EK rendelettel "
        "módosított 550/2004/EK rendelet[3] 9a. cikke (2) bekezdése c) pontjának, 9a. cikke (2) "
        "bekezdése i) pontjának és 9a. cikke (5) és (6) bekezdésének, valamint az 1070/2009/EK "
        "rendelettel módosított 551/2004/EK rendelet[4] 6. cikke (2) bekezdésének "
        "alkalmazhatóságára vonatkoznak."
    )
    assert _hu(text) == [
        "CELEX:32009R1070",
        "CELEX:32004R0549:5",
        "CELEX:32004R0549:11",
        "CELEX:32004R0549:13a",
        "CELEX:32009R1070",
        "CELEX:32004R0550:9a(2)(c)",
        "CELEX:32004R0550:9a(2)(i)",
        "CELEX:32004R0550:9a(5)",
        "CELEX:32004R0550:9a(6)",
        "CELEX:32009R1070",
        "CELEX:32004R0551:6(2)",
    ]


def test_number_then_four_digit_year() -> None:
    # "a 44/2001/EK rendelet": number 44 of 2001, not year 2044 (two-digit first part)
    assert _hu("a 2000. december 22-i 44/2001/EK tanácsi rendelet 5. cikke") == [
        "CELEX:32001R0044:5"
    ]


def test_summary_reference_line() -> None:
    # CJEU C-469/03 summary (jogkodex): "(instrument, N. cikk, (1) bekezdés, ...)"; the
    # Schengen Implementing Convention is not a registered instrument
    text = (
        "(EU-Szerződés, 2. cikk, (1) bekezdés, negyedik francia bekezdés; A Schengeni Megállapodás "
        "végrehajtásáról szóló egyezmény, 54. cikk)"
    )
    assert _hu(text) == ["TEU", "TEU:2(1)"]
