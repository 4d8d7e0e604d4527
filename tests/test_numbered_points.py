"""A numbered point followed by a lettered point keeps both, as paragraph and point
(the contract's "More pin decisions"): pl "art. 2 pkt 12 lit. b)" and it "art. 14, n.
1, lett. a)" are 2(12)(b) and 14(1)(a) like cs "čl. 2 bodu 12 písm. b)". A numbered
point alone, or a range of them, is still dropped, and a range of points after its
word (pl "pkt 2-23 dyrektywy") is no act number 2/23."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


R2088 = "CELEX:32019R2088"
R679 = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "produkty wymienione w art. 2 pkt 12 lit. b) i f) rozporządzenia (UE) 2019/2088",
            [f"{R2088}:2(12)(b)", f"{R2088}:2(12)(f)"],
        ),
        (
            "it",
            "conformemente all'art. 2, n. 12, lett. b), del regolamento (UE) 2019/2088",
            [f"{R2088}:2(12)(b)"],
        ),
        ("cs", "podle čl. 2 bodu 12 písm. b) nařízení (EU) 2019/2088", [f"{R2088}:2(12)(b)"]),
        (
            "ro",
            "conform art. 2 pct. 12 lit. (b) din Regulamentul (UE) 2019/2088",
            [f"{R2088}:2(12)(b)"],
        ),
        (
            "de",
            "gemäß Artikel 2 Nummer 12 Buchstabe b der Verordnung (EU) 2019/2088",
            [f"{R2088}:2(12)(b)"],
        ),
    ],
)
def test_a_numbered_point_then_a_lettered_one_are_paragraph_and_point(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a numbered point alone is dropped
        ("pl", "zgodnie z art. 4 pkt 1 rozporządzenia (UE) 2016/679", [f"{R679}:4"]),
        # (it "n." right after the article is its paragraph, as the Court's Italian writes
        # "art. 81, n. 1, CE": tests/test_pins_after_act.py; the point word is "punto")
        ("it", "ai sensi dell'art. 4, punto 1, del regolamento (UE) 2016/679", [f"{R679}:4"]),
        (
            "it",
            "ai sensi dell'art. 4, paragrafo 1, n. 7), del regolamento (UE) 2016/679",
            [f"{R679}:4(1)"],
        ),
        # a paragraph already read keeps the point numbered after it dropped
        (
            "pl",
            "zgodnie z art. 4 ust. 2 pkt 1 lit. a) rozporządzenia (UE) 2016/679",
            [f"{R679}:4(2)(a)"],
        ),
        # a range of numbered points: dropped, and no act number "2-23" before the act word
        (
            "pl",
            "do jednostek wymienionych w art. 2 ust. 5 pkt 2-23 dyrektywy 2013/36/UE",
            ["CELEX:32013L0036:2(5)"],
        ),
        ("pl", "zgodnie z art. 4 pkt 1-3 rozporządzenia (UE) 2016/679", [f"{R679}:4"]),
        ("en", "in Article 4, points 1-3, of Regulation (EU) 2016/679", [f"{R679}:4"]),
    ],
)
def test_numbered_points_alone_are_dropped(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_a_hyphenated_act_number_after_an_act_word_is_still_an_act() -> None:
    # the point word must stand right before the number
    assert keys("la directive 2006-123-CE du Parlement européen", "fr") == ["CELEX:32006L0123"]
