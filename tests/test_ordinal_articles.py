"""Where an ordinal may stand before the article word (sl, the language file's
ordinal_first), an ordinal word is the article's number too: "četrtega odstavka šestega
člena Direktive" is Article 6(4), also with no digit anywhere near ("… Direktive o
habitatih", a popular name). A number after the word still wins ("prvi odstavek člena
6"), and an ordinal before a paragraph word stays the paragraph."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="sl")]


R43 = "CELEX:31992L0043"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("na podlagi četrtega odstavka šestega člena Direktive 92/43/EGS.", [f"{R43}:6(4)"]),
        ("na podlagi četrtega odstavka šestega člena Direktive o habitatih.", [f"{R43}:6(4)"]),
        ("kot določa drugi člen Direktive 92/43/EGS.", [f"{R43}:2"]),
        # as before: numbers, and an ordinal paragraph before a numbered article
        ("v skladu s prvim odstavkom 6. člena Direktive 92/43/EGS", [f"{R43}:6(1)"]),
        ("v skladu s tretjim odstavkom člena 6 Direktive 92/43/EGS", [f"{R43}:6(3)"]),
    ],
)
def test_an_ordinal_word_numbers_the_article(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_an_ordinal_article_with_no_instrument_cites_nothing() -> None:
    assert keys("Šesti člen tega zakona določa izjeme.") == []
