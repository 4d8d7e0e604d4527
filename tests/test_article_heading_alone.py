"""An article's heading alone on its line is the document's own article: an amending
act's "Article 26" over "Regulation (EEC) No 3821/85 is amended as follows:" cites the
act it amends (the act, whole), not that act's Article 26. An "of" word, or a sentence
that goes on around the chain, still links them."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "Член 26\nРегламент (ЕИО) № 3821/85 се изменя, както следва:\n"),
        ("en", "Article 26\nRegulation (EEC) No 3821/85 is amended as follows:\n"),
        ("de", "Artikel 26\nVerordnung (EWG) Nr. 3821/85 wird wie folgt geändert:\n"),
        ("fr", "Article 26\nLe règlement (CEE) nº 3821/85 est modifié comme suit:\n"),
    ],
)
def test_heading_alone_is_not_the_amended_acts_article(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:31985R3821"]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        ("en", "Article 26\nof Regulation (EEC) No 3821/85 is amended.\n", "CELEX:31985R3821:26"),
        ("de", "gemäß Artikel 26\nVerordnung (EWG) Nr. 3821/85 vorgesehen.", "CELEX:31985R3821:26"),
        ("bg", "съгласно член 26\nот Регламент (ЕИО) № 3821/85.", "CELEX:31985R3821:26"),
    ],
)
def test_chain_linked_across_a_line_break(lang: str, text: str, pin: str) -> None:
    assert pin in keys(text, lang)
