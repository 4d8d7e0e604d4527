"""A range of points is not cited, neither its points nor the paragraph above them, also
when the range stands before its article (en "points (a) to (c) of Article 4(1)", sl
"točkami (a) do (c) člena 4(1)", sk "písm. a) až c) čl. 4 ods. 1") and when its point word
comes after it in a number-first language (lv "1. punkta a)–c) apakšpunktu"); a
possessive between a paragraph named before its article and the article (sl "drugi
odstavek njenega 3. člena", cs "odst. 2 jeho článku 3", hr "stavak 2. njezina članka
3.") leaves the paragraph to the article (3(2), not 3)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Saskaņā ar Direktīvas 2000/60/EK 4. panta 1. punkta a)–c) apakšpunktu un 3. "
            "punktu dalībvalstis sasniedz labu ūdeņu stāvokli.",
            ["CELEX:32000L0060:4(3)"],
        ),
        (
            "lv",
            "Saskaņā ar Direktīvas 2000/60/EK 4. panta 1. punkta a) līdz c) apakšpunktu "
            "un 3. punktu dalībvalstis rīkojas.",
            ["CELEX:32000L0060:4(3)"],
        ),
        (
            "sl",
            "V skladu s točkami (a) do (c) člena 4(1) in členom 4(3) Direktive "
            "2000/60/ES morajo države članice doseči dobro stanje voda.",
            ["CELEX:32000L0060:4(3)"],
        ),
        (
            "sl",
            "Merila so iz točk (c) do (f) člena 9 Uredbe (EU) 2020/852.",
            [],
        ),
        (
            "sk",
            "Podľa písm. a) až c) čl. 4 ods. 1 smernice 2000/60/ES členské štáty konajú.",
            [],
        ),
        (
            "en",
            "In accordance with points (a) to (c) of Article 4(1) and Article 5 of "
            "Directive 2000/60/EC, Member States shall act.",
            ["CELEX:32000L0060:5"],
        ),
    ],
)
def test_range_of_points_is_not_cited(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lv", "Direktīvas 2000/60/EK 4. panta 1. punkta a) un c) apakšpunktu un 3. punktu."),
        ("sl", "v skladu s točkama (a) in (c) člena 4(1) in členom 4(3) Direktive 2000/60/ES."),
        (
            "en",
            "in accordance with points (a) and (c) of Article 4(1) and Article 4(3) of "
            "Directive 2000/60/EC.",
        ),
    ],
)
def test_a_list_of_points_is_still_cited(lang: str, text: str) -> None:
    assert _keys(text, lang) == [
        "CELEX:32000L0060:4(1)(a)",
        "CELEX:32000L0060:4(1)(c)",
        "CELEX:32000L0060:4(3)",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Velja Uredba Komisije (EU) št. 1407/2013, zlasti drugi odstavek njenega 3. člena."),
        ("cs", "Použije se nařízení Komise (EU) č. 1407/2013, zejména odst. 2 jeho článku 3."),
        (
            "hr",
            "Primjenjuje se Uredba Komisije (EU) br. 1407/2013, osobito stavak 2. njezina "
            "članka 3.",
        ),
        ("sk", "Uplatňuje sa nariadenie Komisie (EÚ) č. 1407/2013, najmä ods. 2 jeho článku 3."),
        (
            "de",
            "Gestützt auf die Verordnung (EU) Nr. 1407/2013, insbesondere Absatz 2 ihres "
            "Artikels 3,",
        ),
    ],
)
def test_possessive_between_paragraph_and_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32013R1407", "CELEX:32013R1407:3(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "Pomoč se dodeli v skladu z Uredbo Komisije (EU) št. 651/2014, zlasti njenim "
            "25. členom.",
        ),
        ("sl", "Pomoč se dodeli v skladu z Uredbo Komisije (EU) št. 651/2014 in njenim členom 25."),
    ],
)
def test_instrumental_possessive_sl(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32014R0651", "CELEX:32014R0651:25"]


def test_dual_possessive_sl() -> None:
    text = "V skladu z Uredbo (EU) 2016/679 in njenima členoma 5 in 6."
    assert _keys(text, "sl") == ["CELEX:32016R0679", "CELEX:32016R0679:5", "CELEX:32016R0679:6"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Uredba (EU) št. 1407/2013 velja. Drugi odstavek 5. člena ureja roke."),
        ("cs", "Nařízení (EU) č. 1407/2013 platí. Jeho výklad je sporný, viz odst. 2 a 3."),
    ],
)
def test_no_article_no_paragraph(lang: str, text: str) -> None:
    assert [k for k in _keys(text, lang) if k.count(":") > 1] == []
