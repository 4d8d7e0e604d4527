"""A plural paragraph word with no article before it, then "of that Article" ("paragraphs
6 and 7 of that Article", pt "os n.os 6 e 7 do mesmo artigo", hr "stavke 6. i 7. istog
članka"): every number of the list is a paragraph of the article cited just before,
not the second an article of its own."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_KEYS = ["CELEX:32014L0024:57(4)", "CELEX:32014L0024:57(6)", "CELEX:32014L0024:57(7)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Article 57(4) of Directive 2014/24/EU applies. The Court has interpreted "
            "paragraphs 6 and 7 of that Article.",
        ),
        (
            "pt",
            "Aplica-se o artigo 57.º, n.º 4, da Diretiva 2014/24/UE. O Tribunal interpretou "
            "os n.os 6 e 7 do mesmo artigo.",
        ),
        (
            "es",
            "Se aplica el artículo 57, apartado 4, de la Directiva 2014/24/UE. El Tribunal "
            "interpretó los apartados 6 y 7 del mismo artículo.",
        ),
        (
            "hr",
            "Primjenjuje se članak 57. stavak 4. Direktive 2014/24/EU. Sud je tumačio "
            "stavke 6. i 7. istog članka.",
        ),
    ],
)
def test_paragraph_list_of_that_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == _KEYS


def test_paragraph_list_after_in_particular() -> None:
    text = "Article 168 TFEU, in particular paragraphs 5 and 7 thereof"
    assert _keys(text, "en") == ["TFEU:168", "TFEU:168(5)", "TFEU:168(7)"]


def test_singular_paragraph_then_an_article() -> None:
    # a singular word: the number after "and" is an article of its own instrument
    text = (
        "Article 57(4) of Directive 2014/24/EU applies. Paragraph 6 of that Article and "
        "Article 58 TFEU apply too."
    )
    assert _keys(text, "en") == [*_KEYS[:2], "TFEU:58"]
