"""The ordinal word for "first" right after the article word numbers Article 1, as
French, Italian, Spanish and Portuguese texts write it ("l'article premier"): the
language file's ``first_article``; any other place of the ordinal is no article."""

from __future__ import annotations

import pytest

import citeresolve

R1370 = "CELEX:32007R1370"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Selon l'article premier du règlement no 1370/2007, celui-ci", [f"{R1370}:1"]),
        (
            "fr",
            "l'article premier, paragraphe 2, et l'article 5 du règlement (CE) no 1370/2007",
            [f"{R1370}:1(2)", f"{R1370}:5"],
        ),
        ("it", "ai sensi dell'articolo primo del regolamento (CE) n. 1370/2007", [f"{R1370}:1"]),
        (
            "es",
            "conforme al artículo primero, apartado 1, del Reglamento (CE) n.º 1370/2007",
            [f"{R1370}:1(1)"],
        ),
        ("pt", "nos termos do artigo primeiro do Regulamento (CE) n.º 1370/2007", [f"{R1370}:1"]),
        # "1er" was read before: unchanged
        ("fr", "l'article 1er du règlement no 1370/2007", [f"{R1370}:1"]),
    ],
)
def test_first_article_by_its_ordinal(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the ordinal before the article word counts articles, it numbers none
        ("fr", "le premier article du règlement no 1370/2007", [R1370]),
        ("it", "il primo articolo del regolamento (CE) n. 1370/2007", [R1370]),
        # a national law's "artículo primero" takes no EU key
        ("es", "el artículo primero de la Ley 3/2010, de 10 de marzo", []),
        # an ordinal after a paragraph word is still the paragraph by position
        ("it", "l'articolo 5, primo comma, del regolamento (CE) n. 1370/2007", [f"{R1370}:5(1)"]),
    ],
)
def test_other_places_of_the_ordinal(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
