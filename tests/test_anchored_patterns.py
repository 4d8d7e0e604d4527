"""Patterns only ever matched at a position are compiled without their required string
(``compile_pattern(..., anchored=True)``): the engine looked for a literal the pattern
holds from the position to the end of the text before each match, so each match cost
the rest of the text where the literal is rare. The matches are the same."""

from __future__ import annotations

import pytest
import regex

import citeresolve
from citeresolve.knowledge.cache import compile_pattern
from citeresolve.knowledge.lang import alternation

# Phrases whose pattern opens with white space or a class and holds a literal after it.
_PATTERNS = [
    rf"\s+{alternation(['da Carta', 'do Tratado'])}",  # pt
    rf"\s+{alternation(['uhlí a oceli', 'Evropských společenství'])}(?!\w)",  # cs
    rf"(?:{alternation(['szám', 'sz.'])})[ ]",  # hu
    rf"\s+(?:{alternation(['degli', 'della'])})(?:\s+|(?<=[-'’]))\p{{Lu}}",  # it
]
_TEXTS = [
    "nos termos do artigo 47.º da Carta e do Tratado " * 3 + "x" * 2000,
    "Smlouva o založení Evropského společenství uhlí a oceli, " + "slovo " * 400,
    "a 2000/43/EK sz. irányelv, a 12. szám alatt " * 5,
    "l'articolo 3 della Convenzione degli Stati membri " * 4 + "y" * 3000,
]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_an_anchored_pattern_matches_where_the_pattern_does(pattern: str) -> None:
    whole = compile_pattern(pattern)
    anchored = compile_pattern(pattern, anchored=True)
    assert anchored is not whole
    for text in _TEXTS:
        for pos in range(0, len(text), 7):
            m, a = whole.match(text, pos), anchored.match(text, pos)
            assert (m and m.span()) == (a and a.span())
        assert [m.span() for m in whole.finditer(text)] == [
            m.span() for m in anchored.finditer(text)
        ]


def test_an_anchored_pattern_is_kept_apart_from_the_pattern() -> None:
    pattern = r"\s+(?i:oceli)"
    assert compile_pattern(pattern, anchored=True) is compile_pattern(pattern, anchored=True)
    assert compile_pattern(pattern) is compile_pattern(pattern)
    assert compile_pattern(pattern).pattern == regex.compile(pattern).pattern


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("pt", "Os direitos do artigo 47.º da Carta dos Direitos Fundamentais.", "CFR:47"),
        ("cs", "Podle článku 6 Smlouvy o Evropské unii.", "TEU:6"),
        (
            "it",
            "Ai sensi dell'articolo 267 del Trattato sul funzionamento dell'Unione europea.",
            "TFEU:267",
        ),
    ],
)
def test_a_long_text_reads_its_citations_as_a_short_one(lang: str, text: str, key: str) -> None:
    # Far from any rare literal: the anchored matches run to the text's end no more.
    filler = "\n" + "parola " * 3000
    keys = [c.key for c in citeresolve.extract(text + filler, lang=lang)]
    assert keys == [c.key for c in citeresolve.extract(text, lang=lang)]
    assert key in keys
