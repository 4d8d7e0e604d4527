"""Croatian (hr): real sentences from EP resolutions, EU acts and OJ footnotes."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # B-9-2020-0402_HR: ordinal dots, paragraphs and points
    (
        "uzimajući u obzir članak 2. i članak 3. stavak 3. Ugovora o Europskoj uniji (UEU) i "
        "članke 8., 10., 19., 153. stavak 1. točku (i), 157. i 236. Ugovora o funkcioniranju "
        "Europske unije (UFEU),",
        [
            "TEU:2",
            "TEU:3(3)",
            "TFEU:8",
            "TFEU:10",
            "TFEU:19",
            "TFEU:153(1)(i)",
            "TFEU:157",
            "TFEU:236",
        ],
    ),
    (
        "uzimajući u obzir članke 21. i 23. Povelje Europske unije o temeljnim pravima,",
        ["CFR:21", "CFR:23"],
    ),
    # EP Rules of Procedure ("Poslovnik")
    ("u skladu s člankom 132. stavkom 2. Poslovnika", ["EP-RULES:132(2)"]),
    (
        "– uzimajući u obzir članak 106. stavke 2. i 3. Poslovnika,",
        ["EP-RULES:106(2)", "EP-RULES:106(3)"],
    ),
    # REG-2020-283_HR: "a posebno njegov članak"
    (
        "uzimajući u obzir Ugovor o funkcioniranju Europske unije, a posebno njegov članak 113.,",
        ["TFEU", "TFEU:113"],
    ),
    # TA-8-2017-0397_HR
    (
        "–  uzimajući u obzir Uredbu (EZ) br. 1829/2003 Europskog parlamenta i Vijeća od 22. rujna "
        "2003. o genetski modificiranoj hrani i hrani za životinje(1), a posebno njezine članke "
        "7. stavak 3. i 19. stavak 3.,",
        ["CELEX:32003R1829", "CELEX:32003R1829:7(3)", "CELEX:32003R1829:19(3)"],
    ),
    (
        "–  uzimajući u obzir članke 11. i 13. Uredbe (EU) br. 182/2011 Europskog parlamenta i "
        "Vijeća od 16. veljače 2011.",
        ["CELEX:32011R0182:11", "CELEX:32011R0182:13"],
    ),
    # registered instruments (52016IP0201, HR)
    (
        "uzimajući u obzir Opću deklaraciju o ljudskim pravima i ostale mehanizme Ujedinjenih "
        "naroda (UN) za zaštitu ljudskih prava,\n"
        "uzimajući u obzir Rimski statut Međunarodnoga kaznenog suda,",
        ["UDHR", "ROME-STATUTE"],
    ),
    # CFSP acts (EUR-Lex 32008E0944, HR)
    (
        "Vijeće je 12. srpnja 2002. donijelo Zajedničku akciju 2002/589/ZVSP o doprinosu "
        "Europske unije; Vijeće je 23. lipnja 2003. donijelo Zajedničko stajalište 2003/468/ZVSP (2)",
        ["CELEX:32002E0589", "CELEX:32003E0468"],
    ),
    # OJ footnote; EUR-Lex metadata line; the page header "L 62/1" is not a citation
    ("(1) SL L 222, 20.8.2008., str. 1.", ["OJ:L:2008:222:1"]),
    (
        "Uredba Vijeća (EU) 2020/283 od 18. veljače 2020.\n\n    SL L 62, 2.3.2020, p. 1–6\n\n"
        "    2.3.2020   \n\n    HR\n\n    Službeni list Europske unije\n\n    L 62/1\n",
        ["CELEX:32020R0283", "OJ:L:2020:062:1"],
    ),
    # Texts adopted footnote
    ("(2) Usvojeni tekstovi, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    # DEC-2023-2650_HR (EUR-Lex): "u vezi s" links two articles of the same treaty
    (
        "uzimajući u obzir Ugovor o funkcioniranju Europske unije, a posebno njegov članak 100. "
        "stavak 2. u vezi s člankom 218. stavkom 9.,",
        ["TFEU", "TFEU:100(2)", "TFEU:218(9)"],
    ),
]

NEGATIVES = [
    "u skladu s člankom 5. stavkom 2. Zakona o kaznenom postupku od 18. prosinca 2008.",
    "Rezolucija Europskog parlamenta od 2. ožujka 2017. o provedbi programa",
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hr")] == keys


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_citation(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hr")] == []
