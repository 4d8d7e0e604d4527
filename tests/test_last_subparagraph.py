"""A subparagraph counted from the end ("last subparagraph", de "letzter Unterabsatz",
nl "laatste alinea", pl "akapit ostatni", fi "viimeisen alakohdan") is dropped like any
subparagraph, and the list goes on over it to the next paragraph of the same article."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die Kommission beanstandet Artikel 7 Absatz 2 letzter Unterabsatz und Absatz 5 "
            "der Richtlinie 2004/38/EG.",
        ),
        (
            "nl",
            "De Commissie betwist artikel 7, lid 2, laatste alinea, en lid 5 van richtlijn "
            "2004/38/EG.",
        ),
        (
            "en",
            "The Commission contests Article 7(2), last subparagraph, and paragraph 5 of "
            "Directive 2004/38/EC.",
        ),
        (
            "fr",
            "La Commission conteste l'article 7, paragraphe 2, dernier alinéa, et paragraphe 5 "
            "de la directive 2004/38/CE.",
        ),
        (
            "fi",
            "Komissio riitauttaa direktiivin 2004/38/EY 7 artiklan 2 kohdan viimeisen "
            "alakohdan ja 5 kohdan.",
        ),
    ],
)
def test_the_next_paragraph_after_the_last_subparagraph(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang) if c.key.count(":") == 2]
    assert keys == ["CELEX:32004L0038:7(2)", "CELEX:32004L0038:7(5)"]


def test_the_last_subparagraph_after_its_word() -> None:
    text = "Komisja kwestionuje art. 7 ust. 2 akapit ostatni i art. 9 ust. 1 dyrektywy 2004/38/WE."
    keys = [c.key for c in citeresolve.extract(text, lang="pl")]
    assert keys == ["CELEX:32004L0038:7(2)", "CELEX:32004L0038:9(1)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "last" that counts no subdivision ends the chain as before
        ("en", "Article 7 of Directive 2004/38/EC, last amended in 2011", ["CELEX:32004L0038:7"]),
        ("de", "Artikel 7 der Richtlinie 2004/38/EG, zuletzt geändert", ["CELEX:32004L0038:7"]),
    ],
)
def test_last_elsewhere_is_no_subdivision(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
