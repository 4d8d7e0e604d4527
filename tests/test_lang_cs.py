"""Czech (cs): real sentences from EP resolutions, EU acts and OJ footnotes."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # TA-9-2022-0012_CS: treaty article list, "čl. 3 odst. 5", genitive treaty names
    (
        "s ohledem na článek 2, čl. 3 odst. 5, články 21, 24, 29 a 31 Smlouvy o Evropské unii "
        "a články 10 a 215 Smlouvy o fungování Evropské unie,",
        ["TEU:2", "TEU:3(5)", "TEU:21", "TEU:24", "TEU:29", "TEU:31", "TFEU:10", "TFEU:215"],
    ),
    # TA-8-2018-0505_CS: subparagraphs dropped, points kept
    (
        "v souladu s článkem 91, čl. 100 odst. 2, čl. 207 odst. 4 prvním pododstavcem, "
        "čl. 218 odst. 6 písm. a) bodem v) a čl. 218 odst. 7 Smlouvy o fungování Evropské unie (SFEU),",
        ["TFEU:91", "TFEU:100(2)", "TFEU:207(4)", "TFEU:218(6)(a)(v)", "TFEU:218(7)"],
    ),
    # TA-8-2016-0201_CS
    (
        "–  s ohledem na článek 208 Smlouvy o fungování Evropské unie (SFEU), který se týká "
        "soudržnosti politik ve prospěch rozvoje,",
        ["TFEU:208"],
    ),
    # EP Rules of Procedure ("jednací řád")
    ("–  s ohledem na článek 226 jednacího řádu,", ["EP-RULES:226"]),
    (
        "(výklad čl. 32 odst. 5 prvního pododstavce druhé odrážky jednacího řádu)",
        ["EP-RULES:32(5)"],
    ),
    # "a zejména na článek ... této smlouvy" / "uvedeného nařízení"
    (
        "s ohledem na Smlouvu o fungování Evropské unie, a zejména na článek 114 této smlouvy,",
        ["TFEU", "TFEU:114"],
    ),
    (
        "s ohledem na nařízení Evropského parlamentu a Rady (EU) 2016/679 ze dne 27. dubna 2016, "
        "a zejména na článek 6 uvedeného nařízení,",
        ["CELEX:32016R0679", "CELEX:32016R0679:6"],
    ),
    # registered instruments (TA-8-2016-0201_CS)
    (
        "–  s ohledem na Všeobecnou deklaraci lidských práv a další nástroje Organizace spojených "
        "národů (OSN) týkající se lidských práv,\n"
        "–  s ohledem na Římský statut Mezinárodního trestního soudu,",
        ["UDHR", "ROME-STATUTE"],
    ),
    # COM-2023-331_CS
    (
        "kterým se mění rozhodnutí (EU, Euratom) 2020/2053 o systému vlastních zdrojů",
        ["CELEX:32020D2053"],
    ),
    # OJ footnote and EUR-Lex metadata line
    ("(1) Úř. věst. L 222, 20.8.2008, s. 1.", ["OJ:L:2008:222:1"]),
    ("Úř. věst. C 158, 30.4.2021, s. 24—24", ["OJ:C:2021:158:24"]),
    # Texts adopted footnote
    ("(2) Přijaté texty, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    # REG-2014-608_CS (EUR-Lex): an unnumbered paragraph named "pododstavec"
    (
        "s ohledem na Smlouvu o fungování Evropské unie, a zejména na čl. 311 čtvrtý pododstavec "
        "této smlouvy,",
        ["TFEU", "TFEU:311(4)"],
    ),
    # REG-2023-1642_CS (esipa.cz): "uvedené směrnice" after "a zejména" is the act of the
    # visa, not the directive named in its title
    (
        "s ohledem na směrnici Evropského parlamentu a Rady 2003/87/ES ze dne 13. října 2003 "
        "o vytvoření systému pro obchodování s povolenkami na emise skleníkových plynů v Unii "
        "a o změně směrnice Rady 96/61/ES (1), a zejména na čl. 19 odst. 3 uvedené směrnice,",
        ["CELEX:32003L0087", "CELEX:31996L0061", "CELEX:32003L0087:19(3)"],
    ),
    # A point letter list: "písm. d) a g)"
    (
        "s ohledem na čl. 78 odst. 2 písm. d) a g) Smlouvy o fungování Evropské unie,",
        ["TFEU:78(2)(d)", "TFEU:78(2)(g)"],
    ),
]

NEGATIVES = [
    "podle § 5 odst. 2 zákona č. 89/2012 Sb., občanský zákoník, a článku 14 ústavy",
    "V Bruselu dne 20.6.2023",
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="cs")] == keys


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_citation(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="cs")] == []
