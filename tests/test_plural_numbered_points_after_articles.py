"""A plural point word after a plural article word (it "Artt. 22, punto 1, 34, punti 1
e 2, 35, n. 1"): the number its "and" joins to the point's number is the same
article's next numbered point (dropped from the key, as numbered points are), not an
article of the list; the list's next article comes after that "and". The plural
point words are data (``point_plural`` in the language files)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Cooperazione giudiziaria in materia civile — Artt. 22, punto 1, 34, punti 1 e 2,"
            " 35, n. 1, e 38, n. 1, del regolamento (CE) n. 44/2001",
            [
                "CELEX:32001R0044:22",
                "CELEX:32001R0044:34",
                "CELEX:32001R0044:34",
                "CELEX:32001R0044:35(1)",
                "CELEX:32001R0044:38(1)",
            ],
        ),
        (
            "es",
            "los artículos 3, puntos 1 y 2, y 5 del Reglamento (CE) n.º 44/2001",
            ["CELEX:32001R0044:3", "CELEX:32001R0044:3", "CELEX:32001R0044:5"],
        ),
        (
            "fr",
            "les articles 3, points 1 et 2, et 5 du règlement (CE) nº 44/2001",
            ["CELEX:32001R0044:3", "CELEX:32001R0044:3", "CELEX:32001R0044:5"],
        ),
        (
            "en",
            "Articles 3, points 1 and 2, and 5 of Regulation (EC) No 44/2001",
            ["CELEX:32001R0044:3", "CELEX:32001R0044:3", "CELEX:32001R0044:5"],
        ),
        # no "and": the numbers after the comma are the list's articles
        (
            "it",
            "gli artt. 3, punti 1, 2, 35 del regolamento (CE) n. 44/2001",
            ["CELEX:32001R0044:3", "CELEX:32001R0044:2", "CELEX:32001R0044:35"],
        ),
        # a singular point word after a plural article: the next number is an article
        (
            "it",
            "gli artt. 22, punto 1, e 34 del regolamento (CE) n. 44/2001",
            ["CELEX:32001R0044:22", "CELEX:32001R0044:34"],
        ),
    ],
)
def test_plural_point_words(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "gli artt. 3, punti 1 e 2, del decreto legislativo 30 giugno 2003, n. 196"),
        ("es", "los artículos 3, puntos 1 y 2, de la Ley 39/2015, de 1 de octubre"),
        ("fr", "les articles 3, points 1 et 2, du code civil"),
    ],
)
def test_plural_point_words_negatives(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
