"""A judgment summary's bracketed line names the act with its author, then its articles
after a comma: pt "(Directiva 94/45 do Conselho, artigo 4.º, n.os 1 e 2, 5.º e 11.º, n.º
1)", fr "(Directive 94/45 du Conseil, article 4, paragraphes 1 et 2)". In Portuguese a
number with the article mark after a list of paragraphs is the next article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_PARAGRAPHS = ["CELEX:31998L0059", "CELEX:31998L0059:2(1)", "CELEX:31998L0059:2(3)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "(Directive 98/59 of the Council, Article 2(1) and (3))"),
        ("fr", "(Directive 98/59 du Conseil, article 2, paragraphes 1 et 3)"),
        ("es", "(Directiva 98/59 del Consejo, artículo 2, apartados 1 y 3)"),
        ("de", "(Richtlinie 98/59/EG des Rates, Art. 2 Abs. 1 und 3)"),
        ("pt", "(Directiva 98/59 do Conselho, artigo 2.º, n.os 1 e 3)"),
    ],
)
def test_articles_after_the_act_and_its_author_in_a_summary_line(lang: str, text: str) -> None:
    assert _keys(text, lang) == _PARAGRAPHS


def test_another_body_after_the_comma_is_no_author() -> None:
    # the article of a national code after an act's number and a comma stays unread
    text = "(Directiva 98/59, do Código do Trabalho, artigo 5.º)"
    assert _keys(text, "pt") == ["CELEX:31998L0059"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(Directiva 94/45 do Conselho, artigo 4.º, n.os 1 e 2,5.º e 11.º, n.º 1)",
            ["4(1)", "4(2)", "5", "11(1)"],
        ),
        ("nos artigos 4.º, n.os 1 e 2, e 6.º da Directiva 94/45", ["4(1)", "4(2)", "6"]),
        # unmarked numbers after the paragraph word stay paragraphs
        ("no artigo 4.º, n.os 1, 2 e 3, da Directiva 94/45", ["4(1)", "4(2)", "4(3)"]),
    ],
)
def test_a_marked_number_after_paragraphs_is_an_article(text: str, expected: list[str]) -> None:
    pins = [k.removeprefix("CELEX:31994L0045:") for k in _keys(text, "pt")]
    assert [p for p in pins if p != "CELEX:31994L0045"] == expected
