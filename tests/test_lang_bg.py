"""Bulgarian extraction on real sentences from EU texts (europarl doceo, EUR-Lex)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="bg")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TA-9-2023-0011_BG
        (
            "–  като взе предвид членове 2, 3, 8, 21 и 23 от Договора за Европейския съюз (ДЕС),",
            ["TEU:2", "TEU:3", "TEU:8", "TEU:21", "TEU:23"],
        ),
        # TA-8-2015-09-17_BG
        (
            "като взе предвид член 78, параграф 3 от Договора за функционирането на Европейския "
            "съюз,",
            ["TFEU:78(3)"],
        ),
        (
            "като взе предвид член 322, параграф 1, буква а) от Договора за функционирането на "
            "Европейския съюз,",
            ["TFEU:322(1)(a)"],
        ),
        # TA-9-2023-0427_BG and B-9-2023-0234_BG: EP Rules
        (
            "–  като взе предвид членове 46 и 54 и член 85, параграф 1 от своя Правилник за "
            "дейността,",
            ["EP-RULES:46", "EP-RULES:54", "EP-RULES:85(1)"],
        ),
        ("съгласно член 132, параграф 2 от Правилника за дейността", ["EP-RULES:132(2)"]),
        # B-9-2023-0234_BG: the Charter, "от нея" (thereof)
        (
            "като взе предвид Хартата на основните права на Европейския съюз („Хартата“), и "
            "по-специално членове 7, 8, 16, 47 и 52 от нея,",
            ["CFR", "CFR:7", "CFR:8", "CFR:16", "CFR:47", "CFR:52"],
        ),
        # EUR-Lex TFEU 12008E352: the pre-Lisbon EC Treaty
        ("(предишен член 308 от ДЕО)", ["TEC:308"]),
        # TA-9-2020-0031_BG: articles of a directive, framework decision
        (
            "като взе предвид членове 8 и 9 от Директива 2012/29/ЕС на Европейския парламент и "
            "на Съвета от 25 октомври 2012 г. за замяна на Рамково решение 2001/220/ПВР на Съвета",
            ["CELEX:32012L0029:8", "CELEX:32012L0029:9", "CELEX:32001F0220"],
        ),
        # OJ footnote and op.europa.eu title with a month name
        ("(1) ОВ L 222, 20.8.2008 г., стр. 1.", ["OJ:L:2008:222:1"]),
        ("Официален вестник на Европейския съюз, C 254, 26 октомври 2007г", ["OJ:C:2007:254"]),
        ("(2) Приети текстове, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
        ("–  като взе предвид Европейската конвенция за правата на човека,", ["ECHR"]),
        # TA-9-2024-0184_BG: a list of Cyrillic point letters
        (
            "– като взе предвид член 294, параграф 2 и член 78, параграф 2, букви г) и ж) от "
            "Договора за функционирането на Европейския съюз,",
            ["TFEU:294(2)", "TFEU:78(2)(d)", "TFEU:78(2)(g)"],
        ),
        # TA-8-2019-0392_BG: an inserted article with a Cyrillic letter
        (
            "1.  Реши да добави следното тълкуване към член 149а, параграф 2 на Правилника за "
            "дейността:",
            ["EP-RULES:149a(2)"],
        ),
    ],
)
def test_bulgarian_citations(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "чл. 9, ал. 1 от Закона за мерките срещу изпирането на пари",
        "Резолюция на Европейския парламент от 18 януари 2023 г. относно правата на човека",
    ],
)
def test_bulgarian_negatives(text: str) -> None:
    assert keys(text) == []
