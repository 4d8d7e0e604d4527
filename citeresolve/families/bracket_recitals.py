"""Recitals numbered in brackets before the recital word, as the Official Journal
numbers them and number-first languages cite them: hu "az (EU) 2016/679 rendelet (39)
preambulumbekezdése", "(39) és (40) preambulumbekezdése". A bracketed number is
otherwise a paragraph ("5. cikk (3) bekezdése") and no chain starts at its bracket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation
from ..limits import scan_timeout
from .chain_grammar import Token

__all__ = ["bracket_recital_pattern", "bracket_recitals", "bracket_starts"]


def bracket_recital_pattern(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """The opening bracket of a number that a run of bracketed numbers and then the
    recital word follow; None where the language has no recital word."""
    if not art.get("recital"):
        return None
    joint = rf"\s*(?:,|{alternation(art['and'])})\s*"
    number = r"\(\d{1,3}\)"
    recital = alternation(art["recital"])
    return compile_pattern(rf"\((?=\d{{1,3}}\)(?:{joint}{number})*\s+(?:{recital}))")


def bracket_recitals(view: str, tokens: list[Token], pattern: regex.Pattern[str]) -> list[Token]:
    """The tokens with each bracketed number before a recital word read as the
    recital's number (as "39." is in "39. preambulumbekezdés")."""
    return [
        Token("NUM", t.start, t.end, t.value)
        if t.kind == "BNUM" and pattern.match(view, t.start) is not None
        else t
        for t in tokens
    ]


def bracket_starts(view: str, pattern: regex.Pattern[str] | None) -> list[int]:
    """Where such a run of bracketed recital numbers starts: a chain starts at its
    bracket, which the free numbers of number-first languages leave out."""
    if pattern is None:
        return []
    return [m.start() for m in pattern.finditer(view, timeout=scan_timeout(view))]
