"""An act named as the subject, then "in Article …" set between commas ("la direttiva
93/13, all'articolo 3, paragrafo 1, definisce"): the article is that act's."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "it",
            "La direttiva 93/13/CEE, all'articolo 3, paragrafo 1, definisce le clausole abusive.",
            "CELEX:31993L0013:3(1)",
        ),
        (
            "it",
            "Ai sensi dell'art. 9 della direttiva 2014/104, la constatazione è vincolante; "
            "detta direttiva, all'art. 10, disciplina la prescrizione.",
            "CELEX:32014L0104:10",
        ),
        (
            "fr",
            "La directive 93/13/CEE, à l'article 3, paragraphe 1, définit les clauses abusives.",
            "CELEX:31993L0013:3(1)",
        ),
        (
            "es",
            "La Directiva 93/13/CEE, en el artículo 3, apartado 1, define las cláusulas abusivas.",
            "CELEX:31993L0013:3(1)",
        ),
    ],
)
def test_article_in_an_aside_after_its_act(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il regolamento (UE) 2018/1725, che modifica l'articolo 12, si applica."),
        ("fr", "Le règlement (UE) 2018/1725, qui modifie l'article 12, s'applique."),
        ("es", "El Reglamento (UE) 2018/1725, que modifica el artículo 12, se aplica."),
    ],
)
def test_relative_clause_stays_unlinked(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == ["CELEX:32018R1725"]
