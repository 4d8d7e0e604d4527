"""Ordinal-first article references in languages that write the number after the
article word (sl "77. člena Uredbe" beside "člen 77", "b. točko prvega odstavka 18.
člena"): the tokens the lexer read from the word on, with the ordinal number or point
letter before the word put in front (:meth:`.articles.ChainReader.tokens`)."""

from __future__ import annotations

from collections.abc import Callable

from ..knowledge.cache import compile_pattern
from .chain_state import Token

# How far before its article word an ordinal article number may start ("123a. ").
ORDINAL_REACH = 8
# An ordinal article number right before the article word: sl "77. člena".
_ORDINAL_BEFORE = compile_pattern(r"(?<![\d.,/])(\d{1,3}[a-z]?)\.[ \u00a0]+\Z")
ORDINAL_DOT = compile_pattern(r"\.[ \u00a0]+")


# A point letter right before its point word, closed by a dot or a bracket: sl "b.
# točko", "b) točko" (the same order as "77. člena").
_LETTER_BEFORE = compile_pattern(r"(?<![\w)(.])(\p{Ll})[.)][ \u00a0]+\Z")


def letter_before(view: str, tokens: list[Token], latin: Callable[[str], str]) -> list[Token]:
    """The tokens of "b. točko prvega odstavka 18. člena" read as those of "točko b
    prvega odstavka 18. člena", when no letter follows the point word."""
    if not tokens or tokens[0].kind != "PT":
        return tokens
    if len(tokens) > 1 and tokens[1].kind in ("LETTER", "LETP", "BLET"):
        return tokens
    word = tokens[0]
    m = _LETTER_BEFORE.search(view, max(0, word.start - 6), word.start)
    if m is None:
        return tokens
    return [
        Token("PT", m.start(), word.end),
        Token("LETTER", m.start(), word.end, latin(m[1])),
        *tokens[1:],
    ]


def ordinal_before(view: str, tokens: list[Token]) -> list[Token]:
    """The tokens of "77. člena Uredbe" read as those of "člena 77 Uredbe": the
    article word, then its number spanning both, when no number follows the word."""
    if len(tokens) < 1 or tokens[0].kind != "ART":
        return tokens
    if len(tokens) > 1 and tokens[1].kind == "NUM":
        return tokens
    word = tokens[0]
    m = _ORDINAL_BEFORE.search(view, max(0, word.start - ORDINAL_REACH), word.start)
    if m is None:
        return tokens
    return [
        Token("ART", m.start(), m.start()),
        Token("NUM", m.start(), word.end, m[1]),
        *tokens[1:],
    ]
