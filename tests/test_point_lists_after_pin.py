"""Lists of points after a pinned article. A list of bracketed letters that a paragraph
word closes is a list of points, as one letter is (lv "3. panta c) un d) punkts" is
3(c) and 3(d): a letter names no paragraph). The point word written again after a
lettered point starts the list's next item, a point of the same article (it "articolo
2, punto 8, lettera c), e punto 9": 2(8)(c), then 2, a numbered point alone being
dropped), and a numbered point with its letter in brackets is paragraph and point (en
"Article 2, point 8(c)": 2(8)(c), like "points 2(a) and (b) of Article 63")."""

from __future__ import annotations

import pytest

import citeresolve


def cited(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


R4 = "CELEX:32009R0004"
L83 = "CELEX:32011L0083"
R679 = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Tiesa piemēro Regulas (EK) Nr. 4/2009 3. panta c) un d) punktu.",
            [(f"{R4}:3(c)", "3. panta c)"), (f"{R4}:3(d)", "d) punktu")],
        ),
        (
            "lv",
            "Regula (EK) Nr. 4/2009 — 5. panta a), b) un e) punkts — Piekritība",
            [
                (R4, "Regula (EK) Nr. 4/2009"),
                (f"{R4}:5(a)", "5. panta a)"),
                (f"{R4}:5(b)", "b)"),
                (f"{R4}:5(e)", "e) punkts"),
            ],
        ),
        # the points of a paragraph still close with their own word
        (
            "lv",
            "saskaņā ar Regulas (ES) 2016/679 9. panta 2. punkta a) un g) apakšpunktu",
            [(f"{R679}:9(2)(a)", "9. panta 2. punkta a)"), (f"{R679}:9(2)(g)", "g) apakšpunktu")],
        ),
    ],
)
def test_letters_a_paragraph_word_closes_are_points(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cited(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "ai sensi dell'articolo 4, punto 7, lettera b), e punto 11, della direttiva 2011/83/UE",
            [(f"{L83}:4(7)(b)", "articolo 4, punto 7, lettera b)"), (f"{L83}:4", "punto 11")],
        ),
        (
            "en",
            "as defined in Article 4, point 7(b), and point 11 of Directive 2011/83/EU",
            [(f"{L83}:4(7)(b)", "Article 4, point 7(b)"), (f"{L83}:4", "point 11")],
        ),
        (
            "fr",
            "au sens de l'article 4, point 7, sous b), et point 11, de la directive 2011/83/UE",
            [(f"{L83}:4(7)(b)", "article 4, point 7, sous b)"), (f"{L83}:4", "point 11")],
        ),
        # a numbered point and its bracketed letter: paragraph and point
        (
            "en",
            "the contracts referred to in Article 2, point 8(a) of Directive 2011/83/EU",
            [(f"{L83}:2(8)(a)", "Article 2, point 8(a)")],
        ),
    ],
)
def test_a_point_word_again_after_a_lettered_point_is_the_next_item(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cited(text, lang) == expected


def test_points_with_no_word_between_stay_points_of_one_unit() -> None:
    # "points (c) and (d)": siblings of the same paragraph, no new item of the article
    assert cited("Article 2, point (c), and point (d) of Directive 2011/83/EU", "en") == [
        (f"{L83}:2(c)", "Article 2, point (c)"),
        (f"{L83}:2(d)", "(d)"),
    ]
