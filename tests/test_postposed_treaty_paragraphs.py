"""Spanish judgments write the paragraph of a Treaty article after the Treaty's
abbreviation: "artículo 4 TUE, apartado 3", "artículo 267 TFUE, párrafo tercero".
The paragraph (and a point after it) is the article's: one citation, `TEU:4(3)`,
never `TEU:4` with the paragraph lost. An article written after such paragraphs
("paragraph 7 and Article 9") is its own, in every language."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str = "es") -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El principio del artículo 4 TUE, apartado 3, obliga a los Estados.", ["TEU:4(3)"]),
        (
            "Según el artículo 19 TUE, apartado 1, párrafo segundo, los Estados miembros "
            "establecerán las vías de recurso necesarias.",
            ["TEU:19(1)"],
        ),
        ("El artículo 267 TFUE, párrafo tercero, impone la remisión.", ["TFEU:267(3)"]),
        ("La ayuda cumple el artículo 107 TFUE, apartado 3, letra c).", ["TFEU:107(3)(c)"]),
        ("El recurso se basa en el artículo 263 TFUE, párrafo cuarto.", ["TFEU:263(4)"]),
        # the paragraph inside, as other texts write it, reads as before
        ("Véase el artículo 4, apartado 3, TUE.", ["TEU:4(3)"]),
        # "in particular" still gives the article and then its paragraph
        ("el artículo 168 TFUE, en particular su apartado 7", ["TFEU:168", "TFEU:168(7)"]),
        # an act's article keeps its own reading: only a Treaty takes the paragraph
        ("el artículo 2 del Reglamento (UE) 2016/679, apartado 1", ["CELEX:32016R0679:2"]),
        # an article with its own paragraph keeps it
        ("el artículo 4, apartado 2, TUE, apartado 3 del texto", ["TEU:4(2)"]),
    ],
)
def test_spanish_paragraph_after_the_treaty(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_other_languages_do_not_read_a_postposed_paragraph() -> None:
    # English writes "the third paragraph of Article 267 TFEU"; a paragraph after the
    # Treaty is no part of the article there
    assert keys("Article 267 TFEU, third paragraph, requires a reference.", "en") == ["TFEU:267"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Article 168 TFEU, and in particular paragraph 7 and Article 9 thereof"),
        ("de", "Art. 168 AEUV, insbesondere Absatz 7 und Art. 9 AEUV"),
        ("fr", "l'article 168 TFUE, notamment son paragraphe 7, et l'article 9 TFUE"),
        ("it", "l'articolo 168 TFUE, in particolare il paragrafo 7, e l'articolo 9 TFUE"),
        ("nl", "artikel 168 VWEU, en met name lid 7, en artikel 9 VWEU"),
    ],
)
def test_an_article_after_the_paragraphs_of_the_one_before_is_its_own(lang: str, text: str) -> None:
    # "paragraph 7" is Article 168's; "Article 9" after it is Article 9, never 168 again
    assert keys(text, lang) == ["TFEU:168", "TFEU:168(7)", "TFEU:9"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El principio del artículo 4 TUE, apartado 3, y el artículo 267 TFUE, párrafo tercero.",
            ["TEU:4(3)", "TFEU:267(3)"],
        ),
        (
            "el artículo 101 TFUE, apartado 1, y el artículo 47 de la Carta",
            ["TFEU:101(1)", "CFR:47"],
        ),
    ],
)
def test_spanish_postposed_paragraph_then_another_article(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
