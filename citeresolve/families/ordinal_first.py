"""Ordinal-first article references in languages that write the number after the
article word (sl "77. člena Uredbe" beside "člen 77", "b. točko prvega odstavka 18.
člena"): the tokens the lexer read from the word on, with the ordinal number or point
letter before the word put in front (:meth:`.articles.ChainReader.tokens`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import lazy_pattern
from .chain_state import Token

# How far before its article word an ordinal article number may start ("123a. ").
ORDINAL_REACH = 8
# An ordinal article number right before the article word: sl "77. člena".
_ORDINAL_BEFORE = lazy_pattern(r"(?<![\d.,/])(\d{1,3}[a-z]?)\.[ \u00a0]+\Z")
ORDINAL_DOT = lazy_pattern(r"\.[ \u00a0]+")
# How far before an ordinal the one listed before it may start ("123a. ali "), and how
# many a list may hold (hostile runs of "1. in 2. in …" stay linear).
_JOINT_REACH = 24
_MAX_LISTED = 40


# A point letter right before its point word, closed by a dot or a bracket: sl "b.
# točko", "b) točko" (the same order as "77. člena").
_LETTER_BEFORE = lazy_pattern(r"(?<![\w)(.])(\p{Ll})[.)][ \u00a0]+\Z")


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


# A recital's number written as an ordinal numeral before its word: de "3.
# Erwägungsgrund", sk "14. odôvodnenie", cs "26. bod odůvodnění", fr "3e considérant",
# it "3° considerando", es "3.er considerando", en "3rd recital".
_RECITAL_ORDINAL = lazy_pattern(
    r"(?<![\d.,/])(\d{1,3})(?:\.[ºª]|\.er|\.|[ºª°]|ème|er|e|st|nd|rd|th)[ \u00a0]+\Z"
)


def recital_ordinal_before(
    view: str, tokens: list[Token], annex_numerals: regex.Pattern[str] | None = None
) -> list[Token]:
    """The tokens of "14. odôvodnenie smernice" read as those of "odôvodnenie 14
    smernice": a recital word with no number after it takes the ordinal numeral right
    before it (the chain then starts at the numeral); with ``annex_numerals``
    (:func:`annex_numerals_before`), an annex word the Roman numerals before it
    (:func:`_numeral_before`)."""
    if annex_numerals is not None and tokens:
        return _numeral_before(view, tokens, annex_numerals)
    if not tokens or tokens[0].kind != "RECITAL":
        return tokens
    if len(tokens) > 1 and tokens[1].kind in ("NUM", "BNUM"):
        return tokens
    word = tokens[0]
    m = _RECITAL_ORDINAL.search(view, max(0, word.start - ORDINAL_REACH), word.start)
    if m is None:
        return tokens
    start = m.start()
    return [Token("RECITAL", start, start), Token("NUM", start, word.end, m[1]), *tokens[1:]]


# An annex's Roman numeral right before its word: et "I lisas"; a list of them: "V ja
# VIII lisa", "V, VII ja VIII lisa" (how far back the list may start).
_NUMBERS = ("NUM", "ROMAN")
_NUMERAL = r"[IVXLC]{1,7}"
_NUMERALS_REACH = 60


def annex_numerals_before(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """Where the language writes an annex's numeral before its word
    (``annex_numeral_first``), the numerals right before an annex word, joined by
    commas and the language's "and" words; else None."""
    if not art.get("annex_numeral_first"):
        return None
    joint = rf"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:{alternation(art['and'])})[ \u00a0]+)"
    return compile_pattern(
        rf"(?<![\w.,/-])(?P<list>(?:{_NUMERAL}{joint}){{0,8}})(?P<last>{_NUMERAL})[ \u00a0]+\Z"
    )


def _numeral_before(view: str, tokens: list[Token], numerals: regex.Pattern[str]) -> list[Token]:
    """The tokens of et "määruse I lisas" read as those of "määruse lisas I", and of "V
    ja VIII lisa" as those of "lisa V ja VIII", when no number (but an ordinal: a part)
    follows the annex word;
    a numeral with an annex word after it ends the chain before it (et "I lisa ja II
    lisa B osa": "II lisa" is a chain of its own)."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].kind == "ROMAN" and tokens[k + 1].kind == "ANNEX":
            tokens = tokens[: k - 1] if tokens[k - 1].kind in ("AND", "COMMA") else tokens[:k]
            break
    word = tokens[0] if tokens else None
    if word is None or word.kind != "ANNEX":
        return tokens
    # an ordinal after the word is a part of the annex the numeral before names (et "VI
    # lisa 3. osa", "Annex VI, Part 3"), not its number
    ordinal = len(tokens) > 1 and view.startswith(".", tokens[1].end)
    if len(tokens) > 1 and tokens[1].kind in _NUMBERS and not ordinal:
        return tokens
    m = numerals.search(view, max(0, word.start - _NUMERALS_REACH), word.start)
    if m is None:
        return tokens
    if len(tokens) > 1 and tokens[1].kind in _NUMBERS:
        tokens = tokens[:1]
    listed = [Token("ANNEX", m.start(), m.start(), word.value)]
    for found in regex.finditer(_NUMERAL, view, pos=m.start(), endpos=m.start("last")):
        listed.append(Token("ROMAN", found.start(), found.end(), found[0]))
        joint = view[found.end() : found.end() + 1].strip(" \u00a0")
        listed.append(Token("COMMA" if joint == "," else "AND", found.end(), found.end()))
    numeral = Token("ROMAN", m.start("last"), word.end, m["last"])
    return [*listed, numeral, *tokens[1:]]


def ordinal_joints(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """An ordinal article number and what joins it to the next one before the article
    word: sl "10. in 12. člena", "5., 6. in 7. členom", "od 5. do 7. člena"."""
    and_words, range_words = art["and"], art["range"]
    return compile_pattern(
        r"(?<![\d.,/])(?P<num>\d{1,3}[a-z]?)\.(?:[ \u00a0]*(?P<comma>,)[ \u00a0]*"
        rf"|[ \u00a0]+(?:(?P<range>{alternation(range_words)})|{alternation(and_words)})"
        r"[ \u00a0]+)\Z"
    )


def ordinal_before(
    view: str, tokens: list[Token], joints: regex.Pattern[str] | None = None
) -> list[Token]:
    """The tokens of "77. člena Uredbe" read as those of "člena 77 Uredbe": the
    article word, then its number spanning both, when no number follows the word; with
    ``joints``, the ordinals listed before it too ("10. in 12. člena" as "člena 10 in
    12")."""
    if len(tokens) < 1 or tokens[0].kind != "ART":
        return tokens
    if len(tokens) > 1 and tokens[1].kind == "NUM":
        return tokens
    word = tokens[0]
    m = _ORDINAL_BEFORE.search(view, max(0, word.start - ORDINAL_REACH), word.start)
    if m is None:
        return tokens
    listed: list[Token] = [Token("NUM", m.start(), word.end, m[1])]
    while joints is not None and len(listed) < _MAX_LISTED:
        first = listed[0].start
        joint = joints.search(view, max(0, first - _JOINT_REACH), first)
        if joint is None:
            break
        kind = "RANGE" if joint["range"] else "COMMA" if joint["comma"] else "AND"
        listed[:0] = [
            Token("NUM", joint.start(), joint.end("num") + 1, joint["num"]),
            Token(kind, joint.end("num") + 1, first),
        ]
    return [Token("ART", listed[0].start, listed[0].start), *listed, *tokens[1:]]


def ordinal_article(tokens: list[Token]) -> list[Token]:
    """Where an ordinal may stand before the article word: an ordinal word is the
    article's number too (sl "četrtega odstavka šestega člena" is Article 6(4)), read
    as "člena 6" when no number follows the word."""
    out: list[Token] = []
    for k, tok in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        bare = after is None or after.kind not in ("NUM", "BNUM")
        if tok.kind == "ORD" and nxt is not None and nxt.kind == "ART" and bare:
            out.append(Token("ART", tok.start, tok.start))
            out.append(Token("NUM", tok.start, nxt.end, tok.value))
            continue
        if out and out[-1].kind == "NUM" and tok.kind == "ART" and out[-1].end == tok.end:
            continue  # the article word read with its ordinal
        out.append(tok)
    return out


def position_ordinal_pattern(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """A number with the language's ordinal ending right before a position word (pt
    "1.º parágrafo", it "1° comma"), or None where the language writes no such ending:
    a bare "1." is an article or list number, never read as the ordinal."""
    endings = [e for e in art.get("ordinal_endings", []) if e]
    if not endings or not art.get("position"):
        return None
    # escaped, not alternation(): that one asks for a word boundary the digit denies
    marks = "|".join(regex.escape(e) for e in sorted(endings, key=len, reverse=True))
    return compile_pattern(rf"(?<![\d.,/\w])(\d{{1,2}})(?:{marks})[ \u00a0]+\Z")


def position_ordinal_before(
    view: str, tokens: list[Token], pattern: regex.Pattern[str] | None
) -> list[Token]:
    """The tokens of "1.º parágrafo do artigo 265.º" read as those of "primeiro
    parágrafo do artigo 265.º": the chain starts at the position word, so the numeral
    with its ordinal ending before it is put in front as the ordinal it is."""
    if pattern is None or not tokens or tokens[0].kind != "POS":
        return tokens
    word = tokens[0]
    m = pattern.search(view, max(0, word.start - ORDINAL_REACH), word.start)
    if m is None:
        return tokens
    return [Token("ORD", m.start(), m.end(), m[1]), *tokens]
