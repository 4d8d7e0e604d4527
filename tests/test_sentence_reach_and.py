"""An "and" right after an instrument opens a complement of its own: in "Without
prejudice to Regulation (EC) No 883/2004 and subject to the provisions of Articles 8 and
9" the articles are the document's own, not the Regulation's (an article in the sentence
of the one instrument named before it is otherwise in reach)."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32004R0883"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "1. Sin perjuicio del Reglamento (CE) no 883/2004 y a reserva de las disposiciones "
            "de los artículos 8 y 9, el Estado miembro de afiliación garantizará",
        ),
        (
            "en",
            "1. Without prejudice to Regulation (EC) No 883/2004 and subject to the provisions "
            "of Articles 8 and 9, the Member State of affiliation shall ensure",
        ),
        (
            "fr",
            "1. Sans préjudice du règlement (CE) no 883/2004 et sous réserve des dispositions "
            "des articles 8 et 9, l'État membre d'affiliation veille",
        ),
    ],
)
def test_an_and_after_the_instrument_keeps_the_articles_out(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == [ACT]
