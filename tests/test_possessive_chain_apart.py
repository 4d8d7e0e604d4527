"""A chain opened by a possessive ("its Article 74") and followed, after a comma, by
articles with their own article word and an "of" word naming another instrument: the
possessive's article is the subject's, the articles after the comma the other
instrument's."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "O Regulamento (UE) 2019/1020 alterou, através do seu artigo 39.º, os artigos "
            "4.º e 6.º da Diretiva 2004/42/CE, relativa aos solventes.",
        ),
        (
            "es",
            "El Reglamento (UE) 2019/1020 modificó, mediante su artículo 39, los artículos "
            "4 y 6 de la Directiva 2004/42/CE.",
        ),
        (
            "fr",
            "Le règlement (UE) 2019/1020 a modifié, par son article 39, les articles 4 et 6 "
            "de la directive 2004/42/CE.",
        ),
        (
            "en",
            "Regulation (EU) 2019/1020 amended, by its Article 39, Articles 4 and 6 of "
            "Directive 2004/42/EC.",
        ),
    ],
)
def test_the_possessives_article_is_the_subjects(lang: str, text: str) -> None:
    assert keys(text, lang) == [
        "CELEX:32019R1020",
        "CELEX:32019R1020:39",
        "CELEX:32004L0042:4",
        "CELEX:32004L0042:6",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no possessive: the list is the named instrument's, as before
        (
            "en",
            "Under Article 39, Articles 4 and 6 of Directive 2004/42/EC apply.",
            ["CELEX:32004L0042:39", "CELEX:32004L0042:4", "CELEX:32004L0042:6"],
        ),
        # a possessive, but no "of" word after the list: one chain, the subject's
        (
            "en",
            "Regulation (EU) 2019/1020 sets out, in its Article 39, Article 40 and "
            "Article 41, the penalties.",
            [
                "CELEX:32019R1020",
                "CELEX:32019R1020:39",
                "CELEX:32019R1020:40",
                "CELEX:32019R1020:41",
            ],
        ),
        (
            "es",
            "El Reglamento (UE) 2019/1020 establece, en su artículo 39, los artículos 40 y "
            "41 sobre sanciones.",
            [
                "CELEX:32019R1020",
                "CELEX:32019R1020:39",
                "CELEX:32019R1020:40",
                "CELEX:32019R1020:41",
            ],
        ),
        # a possessive and an "and" word (no comma): the list stays whole
        (
            "en",
            "The Directive lays down in its Article 2 and Article 3 of Directive 2004/42/EC "
            "the limits.",
            ["CELEX:32004L0042:2", "CELEX:32004L0042:3"],
        ),
    ],
)
def test_no_split_without_possessive_of_word_or_comma(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
