"""A numbered ordinal written before its position word: pt "1.º parágrafo do artigo
265.º", it "1° comma dell'articolo", es "1.er párrafo del artículo", fr "1er alinéa de
l'article" read as the word forms ("primeiro parágrafo") are: the article's first
paragraph, not the whole article."""

from __future__ import annotations

import pytest

from citeresolve import extract

CASES = [
    ("pt", "De acordo com o 1.° parágrafo do artigo 265.° do TFUE, o Parlamento Europeu"),
    ("pt", "De acordo com o 1.º parágrafo do artigo 265.º do TFUE, o Conselho"),
    ("it", "Ai sensi del 1° comma dell'articolo 265 del TFUE, il Parlamento europeo"),
    ("es", "De acuerdo con el 1.er párrafo del artículo 265 del TFUE, el Parlamento"),
    ("fr", "Selon le 1er alinéa de l'article 265 du TFUE, le Parlement européen"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_numbered_ordinal_pins_the_paragraph(lang: str, text: str) -> None:
    keys = {c.key for c in extract(text, lang=lang)}
    assert "TFEU:265(1)" in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "nos termos do artigo 3.º, n.º 1, do Regulamento (CE) n.º 1/2003"),
        ("fr", "l'article 1er, paragraphe 2, du règlement (CE) n° 1/2003"),
    ],
)
def test_article_ordinals_unchanged(lang: str, text: str) -> None:
    keys = {c.key for c in extract(text, lang=lang)}
    assert keys & {"CELEX:32003R0001:3(1)", "CELEX:32003R0001:1(2)"}
