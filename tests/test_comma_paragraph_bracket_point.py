"""A point in brackets right after a paragraph's number, where a comma sets the paragraph
after its article, is that paragraph's point (families/chain_details.py,
``_paragraph_value``): privacy notices write fr "ex art. 6, paragraphe 1 (c) du RGPD",
it "art. 6, paragrafo 1 (f) del GDPR", es "artículo 6, apartado 1 (f) del RGPD", nl
"artikel 6, lid 1 (f) AVG". The comma before the paragraph word had left the list
"separated", so the point was read as a sibling item and the paragraph stood as a
citation of its own besides: ``6(1)`` and ``6(1)(c)`` for one reference."""

from __future__ import annotations

import pytest

import citeresolve

G = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "fr",
            "3.1 Finalités visant à remplir une obligation légale (ex art. 6, paragraphe 1 (c) "
            "du RGPD)",
            "6(1)(c)",
        ),
        ("fr", "sur la base de l'article 6, paragraphe 1(f), du RGPD.", "6(1)(f)"),
        (
            "it",
            "Base giuridica: art. 6, paragrafo 1 (b) del GDPR (esecuzione del contratto).",
            "6(1)(b)",
        ),
        ("es", "El tratamiento se basa en el artículo 6, apartado 1 (f) del RGPD.", "6(1)(f)"),
        ("pt", "O tratamento baseia-se no artigo 6.º, n.º 1 (a) do RGPD.", "6(1)(a)"),
        ("nl", "De grondslag is artikel 6, lid 1 (f) AVG (gerechtvaardigd belang).", "6(1)(f)"),
        ("en", "The legal basis is Article 6, paragraph 1 (f) GDPR.", "6(1)(f)"),
    ],
)
def test_bracketed_point_after_comma_paragraph(lang: str, text: str, pin: str) -> None:
    assert _keys(text, lang) == [f"{G}:{pin}"]


@pytest.mark.parametrize(
    ("lang", "text", "pins"),
    [
        # the paragraph's points as a list, and a second article with its own
        (
            "fr",
            "l'article 6, paragraphe 1 (f) et l'article 9, paragraphe 2 (a) du RGPD",
            ["6(1)(f)", "9(2)(a)"],
        ),
        ("fr", "l'article 6, paragraphe 1 (b) et (f) du RGPD", ["6(1)(b)", "6(1)(f)"]),
        ("nl", "artikel 6, lid 1 (a), (b) en (f) AVG", ["6(1)(a)", "6(1)(b)", "6(1)(f)"]),
    ],
)
def test_points_of_the_paragraph_listed(lang: str, text: str, pins: list[str]) -> None:
    assert _keys(text, lang) == [f"{G}:{p}" for p in pins]


@pytest.mark.parametrize(
    ("lang", "text", "pins"),
    [
        # negatives: the comma still separates list items where no paragraph word comes
        ("en", "Article 9(2)(a), (c) and (f) GDPR", ["9(2)(a)", "9(2)(c)", "9(2)(f)"]),
        ("fr", "les articles 5, paragraphe 2, et 6 du RGPD", ["5(2)", "6"]),
        # a numbered paragraph with no point stays the paragraph
        ("es", "el artículo 6, apartado 1, del RGPD (1) establece", ["6(1)"]),
    ],
)
def test_separated_items_unchanged(lang: str, text: str, pins: list[str]) -> None:
    assert _keys(text, lang) == [f"{G}:{p}" for p in pins]


def test_national_article_with_point_is_no_citation() -> None:
    text = "Conformément à l'article 6, paragraphe 1 (c) de la loi du 6 janvier 1978."
    assert _keys(text, "fr") == []
