"""Slovak (sk): real sentences from EP resolutions, EU acts and OJ footnotes."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # TA-9-2020-0051_SK
    (
        "– so zreteľom na článok 294 ods. 2 a článok 175 ods. 3 Zmluvy o fungovaní Európskej únie,",
        ["TFEU:294(2)", "TFEU:175(3)"],
    ),
    ("– so zreteľom na články 59 a 163 rokovacieho poriadku,", ["EP-RULES:59", "EP-RULES:163"]),
    # RC-9-2019-0118_SK: "ods. 2 a 4" are two paragraphs
    (
        "predložený v súlade s článkom 132 ods. 2 a 4 rokovacieho poriadku",
        ["EP-RULES:132(2)", "EP-RULES:132(4)"],
    ),
    (
        "Autor alebo autori návrhu uznesenia predloženého v súlade s čl. 110 ods. 2, "
        "čl. 115 ods. 5 alebo čl. 122 ods. 2 rokovacieho poriadku",
        ["EP-RULES:110(2)", "EP-RULES:115(5)", "EP-RULES:122(2)"],
    ),
    # A-7-2010-0096_SK: pre-Lisbon EC Treaty and TFEU in one visa
    (
        "–   so zreteľom na článok 272 ods. 10 a články 274, 275 a 276 Zmluvy o ES a článok 314 "
        "ods. 10 a články 317, 318 a 319 Zmluvy o fungovaní Európskej únie,",
        [
            "TEC:272(10)",
            "TEC:274",
            "TEC:275",
            "TEC:276",
            "TFEU:314(10)",
            "TFEU:317",
            "TFEU:318",
            "TFEU:319",
        ],
    ),
    (
        "–   so zreteľom na nariadenie Rady (ES, Euratom) č. 1605/2002 z 25. júna 2002 o "
        "rozpočtových pravidlách, a najmä na jeho články 50, 86, 145, 146 a 147,",
        [
            "CELEX:32002R1605",
            "CELEX:32002R1605:50",
            "CELEX:32002R1605:86",
            "CELEX:32002R1605:145",
            "CELEX:32002R1605:146",
            "CELEX:32002R1605:147",
        ],
    ),
    # EUR-Lex 32008R1361 (SK)
    (
        "so zreteľom na Zmluvu o založení Európskeho spoločenstva, a najmä na jej články 171 a 172,",
        ["TEC", "TEC:171", "TEC:172"],
    ),
    # COM-2013-751_SK: abbreviation "ZFEÚ"
    (
        "prispôsobuje článku 290 ZFEÚ [COM(2013) 451], a po návrhu",
        ["TFEU:290", "COM(2013)451"],
    ),
    # B-9-2019-0038_SK: whole treaties and the Charter
    (
        " so zreteľom na Chartu základných práv Európskej únie zo 7. decembra 2000,",
        ["CFR"],
    ),
    # subparagraph dropped, point kept
    (
        "so zreteľom na článok 11 ods. 2 druhý pododsek a článok 43 písm. b) Zmluvy o Európskej únii,",
        ["TEU:11(2)", "TEU:43(b)"],
    ),
    # OJ footnote and EUR-Lex metadata line
    ("(1) Ú. v. EÚ L 222, 20.8.2008, s. 1.", ["OJ:L:2008:222:1"]),
    ("Ú. v. EÚ C 55, 12.2.2016, p. 138–138", ["OJ:C:2016:055:138"]),
    # Texts adopted footnote
    ("(2) Prijaté texty, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    # DEC-2008-114_SK: instrumental "nariadením" / "rozhodnutím" (stem with long í)
    (
        "Nový štatút by mal obsahovať finančné ustanovenia, ktoré sú v súlade so nariadením Rady "
        "(ES, Euratom) č. 1605/2002 z 25. júna 2002 o rozpočtových pravidlách",
        ["CELEX:32002R1605"],
    ),
    ("stanovené rozhodnutím Rady 2008/114/ES, Euratom z 12. februára 2008", ["CELEX:32008D0114"]),
]

NEGATIVES = [
    "podľa § 12 ods. 3 zákona č. 40/1964 Zb. Občiansky zákonník",
    "so zreteľom na záväzok zástupcu Rady, vyjadrený v liste z 8. apríla 2020,",
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="sk")] == keys


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_citation(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="sk")] == []
