"""Polish (pl): real sentences from EP resolutions, EU acts and Dz.U. footnotes."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # B-8-2016-0052_PL: treaty article list with a paragraph
    (
        "– uwzględniając art. 2, art. 3 ust. 5, art. 18, 21, 27 i 47 Traktatu o Unii Europejskiej,",
        ["TEU:2", "TEU:3(5)", "TEU:18", "TEU:21", "TEU:27", "TEU:47"],
    ),
    # EP Rules of Procedure ("Regulamin"), paragraphs listed after "ust."
    ("– uwzględniając art. 123 ust. 2 Regulaminu,", ["EP-RULES:123(2)"]),
    (
        "złożony zgodnie z art. 106 ust. 2 i 3 oraz art. 106 ust. 4 lit. c) Regulaminu",
        ["EP-RULES:106(2)", "EP-RULES:106(3)", "EP-RULES:106(4)(c)"],
    ),
    # Dz.U. C 2024/482: abbreviation, and an unnumbered paragraph cited by position
    (
        "- uwzględniając art. 11 ust. 4 TUE i art. 24 akapit pierwszy Traktatu o "
        "funkcjonowaniu Unii Europejskiej,",
        ["TEU:11(4)", "TFEU:24(1)"],
    ),
    # Whole treaty, then "w szczególności jego art." with a range
    (
        "- uwzględniając Traktat o funkcjonowaniu Unii Europejskiej (TFUE), w szczególności "
        "jego art. 4, 162 oraz 174-178 oraz art. 349,",
        ["TFEU", "TFEU:4", "TFEU:162", "TFEU:174-178", "TFEU:349"],
    ),
    # REG-2020-455_PL
    (
        "uwzględniając Traktat o funkcjonowaniu Unii Europejskiej, w szczególności jego art. 43 ust. 3,",
        ["TFEU", "TFEU:43(3)"],
    ),
    (
        "warunków określonych w art. 25 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2019/1241",
        ["CELEX:32019R1241:25"],
    ),
    # subparagraph dropped, point kept
    (
        "– uwzględniając art. 218 ust. 6 akapit drugi lit. a) Traktatu o funkcjonowaniu Unii Europejskiej,",
        ["TFEU:218(6)(a)"],
    ),
    # pre-Lisbon EC Treaty (P6_TA(2009)0389)
    ("– uwzględniając art. 192 ust. 2 TWE,", ["TEC:192(2)"]),
    # registered instruments (TA-9-2022-0320_PL, B-8-2016-0052_PL)
    (
        "–  uwzględniając europejską konwencję praw człowieka,\n"
        "–  uwzględniając Międzynarodowy pakt praw obywatelskich i politycznych,\n"
        "–  uwzględniając Rzymski Statut Międzynarodowego Trybunału Karnego (MTK),\n"
        "–  uwzględniając Konwencję ONZ o prawach dziecka z dnia 20 listopada 1989 r.,",
        ["ECHR", "ICCPR", "ROME-STATUTE", "CRC"],
    ),
    (
        "– uwzględniając Powszechną deklarację praw człowieka i konwencje ONZ w sprawie praw "
        "człowieka, w tym Konwencję o prawach dziecka i Konwencję w sprawie likwidacji "
        "wszelkich form dyskryminacji kobiet,",
        ["UDHR", "CRC", "CEDAW"],
    ),
    # OJ footnotes (ISG PL pattern) and act-by-act
    ("(1) Dz.U. L 222 z 20.8.2008, s. 1.", ["OJ:L:2008:222:1"]),
    ("(2) Dz.U. C 48 A z 24.2.2005.", ["OJ:C:2005:048A"]),
    ("Dz.U. L, 2023/2854, 20.12.2023.", ["OJ:L:2023/2854"]),
    # Texts adopted footnote
    ("(3) Teksty przyjęte, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
]

NEGATIVES = [
    "zgodnie z art. 148 Kodeksu karnego Federacji Rosyjskiej z dnia 13 czerwca 1996 r.",
    "–  uwzględniając swoją rezolucję z dnia 17 grudnia 2020 r. w sprawie europejskiej inicjatywy",
]


@pytest.mark.parametrize(("text", "keys"), CASES)
def test_keys(text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="pl")] == keys


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_citation(text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="pl")] == []
