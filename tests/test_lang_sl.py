"""Slovenian (sl): real sentences from EP resolutions, EU acts and OJ footnotes."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # TA-9-2022-0012_SL: "členov 2, 3(5) ... Pogodbe"
    (
        "ob upoštevanju členov 2, 3(5), 21, 24, 29 in 31 Pogodbe o Evropski uniji ter členov 10 "
        "in 215 Pogodbe o delovanju Evropske unije,",
        ["TEU:2", "TEU:3(5)", "TEU:21", "TEU:24", "TEU:29", "TEU:31", "TFEU:10", "TFEU:215"],
    ),
    # TA-9-2023-0103_SL: abbreviations after the articles
    (
        "– ob upoštevanju člena 6 Pogodbe o Evropski uniji (PEU), členov 165(3), 167(3) in 220(1) "
        "Pogodbe o delovanju Evropske unije (PDEU) in protokola o členu 6(2) PEU",
        ["TEU:6", "TFEU:165(3)", "TFEU:167(3)", "TFEU:220(1)", "TEU:6(2)"],
    ),
    # TA-9-2020-0166_SL: Euratom Treaty
    (
        "–  ob upoštevanju člena 106a Pogodbe o ustanovitvi Evropske skupnosti za atomsko energijo,",
        ["EAEC:106a"],
    ),
    # EP Rules of Procedure ("Poslovnik"), subparagraphs before the article
    ("ob upoštevanju členov 59 in 154 Poslovnika", ["EP-RULES:59", "EP-RULES:154"]),
    (
        "ob upoštevanju prvega in tretjega pododstavka člena 99(1), člena 99(2) in člena 108(7) Poslovnika",
        ["EP-RULES:99(1)", "EP-RULES:99(2)", "EP-RULES:108(7)"],
    ),
    ("–   ob upoštevanju člena 110(2) svojega poslovnika,", ["EP-RULES:110(2)"]),
    # TA-8-2015-0242_SL: a point cited before its article
    (
        "v skladu s členom 43(2) in točko (a)(v) drugega pododstavka člena 218(6) Pogodbe o "
        "delovanju Evropske unije",
        ["TFEU:43(2)", "TFEU:218(6)(a)(v)"],
    ),
    # CJEU summary C-643/15 (SL)
    ("Člen 15(1) PEU in člen 68 PDEU", ["TEU:15(1)", "TFEU:68"]),
    # acts in a list (TA-9-2020-0166_SL)
    (
        "ob upoštevanju Sklepa Sveta 2014/335/EU, Euratom z dne 26. maja 2014 o sistemu virov "
        "lastnih sredstev Evropske unije",
        ["CELEX:32014D0335"],
    ),
    # ECHR in the dative, defined short name not cited on its own
    (
        "o pristopu Unije k Evropski konvenciji o varstvu človekovih pravic in temeljnih "
        "svoboščin (v nadaljnjem besedilu: EKČP),",
        ["ECHR"],
    ),
    # CFSP common position (EUR-Lex 32008E0944, SL) with its OJ reference
    (
        "SKUPNO STALIŠČA SVETA 2008/944/SZVP z dne 8. decembra 2008 (UL L 335 13.12.2008, str. 99)",
        ["CELEX:32008E0944", "OJ:L:2008:335:99"],
    ),
    ("ob upoštevanju Pogodbe o Evropski uniji in zlasti člena 15 Pogodbe,", ["TEU", "TEU:15"]),
    # OJ footnote and EUR-Lex metadata line
    ("(1) UL L 222, 20.8.2008, str. 1.", ["OJ:L:2008:222:1"]),
    ("UL C 362, 8.9.2021, p. 195–204", ["OJ:C:2021:362:195"]),
    # Texts adopted footnote (TA-8-2015-09-17_SL)
    ("(1) Sprejeta besedila, P8_TA(2015)0306.", ["TA-8-2015-0306"]),
    # REG-2010-479_SL: "v povezavi s" joins two article references of one act
    (
        "ob upoštevanju Uredbe Sveta (ES) št. 1234/2007 z dne 22. oktobra 2007 o vzpostavitvi skupne "
        "ureditve kmetijskih trgov in o posebnih določbah za nekatere kmetijske proizvode (Uredba o "
        "enotni SUT) (1) ter zlasti člena 192(2) v povezavi s členom 4 Uredbe,",
        ["CELEX:32007R1234", "CELEX:32007R1234:192(2)", "CELEX:32007R1234:4"],
    ),
]

NEGATIVES = [
    "v skladu s 3. členom Zakona o kazenskem postopku z dne 29. septembra 1994",
    "– ob upoštevanju sporazuma z dne 28. novembra 2007 o krepitvi sodelovanja",
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="sl")] == keys


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_citation(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="sl")] == []
