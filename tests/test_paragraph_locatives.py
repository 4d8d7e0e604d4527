"""Paragraphs linked to the article cited just before them by an "in its" phrase (the
language files' ``paragraph_locatives``): es "el artículo 35 del RGPD, en sus apartados 4
y 5" gives the article and each paragraph, as "Article 168 TFEU, in particular paragraph
7 thereof" does (contract version 2, more pin decisions). A national article keeps
nothing, and the phrase far from an article cites nothing."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La autoridad de control, conforme al artículo 35 del RGPD, en sus apartados 4 y 5, "
            "publicó dos listas de tratamientos.",
        ),
        (
            "en",
            "The supervisory authority, under Article 35 GDPR, in its paragraphs 4 and 5, "
            "published two lists of processing operations.",
        ),
        (
            "fr",
            "L'autorité de contrôle, au titre de l'article 35 du RGPD, en ses paragraphes 4 et 5, "
            "a publié deux listes de traitements.",
        ),
        (
            "pt",
            "A autoridade de controlo, nos termos do artigo 35.º do RGPD, nos seus n.os 4 e 5, "
            "publicou duas listas de operações.",
        ),
        (
            "de",
            "Die Aufsichtsbehörde hat nach Art. 35 DSGVO in seinen Absätzen 4 und 5 zwei Listen "
            "veröffentlicht.",
        ),
    ],
)
def test_paragraphs_in_its_article(lang: str, text: str) -> None:
    assert keys(text, lang) == [f"{GDPR}:35", f"{GDPR}:35(4)", f"{GDPR}:35(5)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El artículo 82 del Reglamento (UE) n.º 536/2014, en su apartado 3, prevé un aviso.",
            ["CELEX:32014R0536:82", "CELEX:32014R0536:82(3)"],
        ),
        (
            "it",
            "L'articolo 30 della direttiva (UE) 2015/849, al suo paragrafo 5, prevede l'accesso.",
            ["CELEX:32015L0849:30", "CELEX:32015L0849:30(5)"],
        ),
        (
            "fr",
            "L'article 168 du TFUE, en son paragraphe 7, réserve la compétence des États.",
            ["TFEU:168", "TFEU:168(7)"],
        ),
    ],
)
def test_one_paragraph_in_its_article(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # national law: the article is no EU article, its paragraph neither
        ("es", "El artículo 5 de la Ley 39/2015, en su apartado 2, regula la representación."),
        ("fr", "L'article 1240 du code civil, en son alinéa 2, vise la faute."),
        ("it", "L'articolo 30 della legge n. 241/1990, al suo comma 5, prevede un termine."),
        # a date before the phrase: no article to take the paragraph
        ("en", "On 3 May 2018, in its paragraph 4, the court recalled the facts."),
        ("es", "El 25 de mayo de 2018, en su apartado 4, el informe describe el régimen."),
    ],
)
def test_no_eu_article_no_paragraph(lang: str, text: str) -> None:
    assert keys(text, lang) == []
