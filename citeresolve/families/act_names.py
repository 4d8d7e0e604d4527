"""A number with no act word beside a popular name of the very act it numbers:
hr "REACH 1907/2006 Europskog parlamenta", et "(nr 910/2014, eIDAS määrus)",
en "the GDPR (2016/679)". The name alone is no citation (citation-keys.md) and the
number alone no act of a known kind; together they are the act, but only when the
name's act has exactly that year and serial, so another number beside a name
("REACH 12/2008" of a national register) stays unread."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation
from ..knowledge.registry import popular_names
from .act_numbers import ActNumber, year_of

# How far back a name may start before its number ("Datenschutz-Grundverordnung ").
_REACH_BEFORE = 80

_Names = tuple[str, regex.Pattern[str], regex.Pattern[str]]


@functools.cache
def _by_number(lang: str) -> dict[tuple[int, int], _Names]:
    """(year, serial) -> the act's CELEX number and the patterns of its names right
    before a number (a space or an opening bracket between) and right after one (in
    the same bracket, after a comma)."""
    index: dict[tuple[int, int], _Names] = {}
    for celex, phrases in popular_names(lang).items():
        names = alternation(phrases)
        before = compile_pattern(rf"(?:{names})\s?\(?\s?\Z")
        after = compile_pattern(rf"\s?,?\s?(?:{names})")
        index[(int(celex[1:5]), int(celex[6:]))] = (celex, before, after)
    return index


def named_act(view: str, number: ActNumber, lang: str | None) -> str | None:
    """The CELEX number of the act whose popular name stands right beside ``number``
    and whose year and serial it is, read either way round ("1907/2006", "93/67")."""
    if lang is None or not number.a.isdigit() or not number.b.isdigit():
        return None
    index = _by_number(lang)
    for year, serial in ((number.b, number.a), (number.a, number.b)):
        entry = index.get((year_of(year), int(serial))) if len(year) in (2, 4) else None
        if entry is None:
            continue
        celex, before, after = entry
        lo = max(0, number.start - _REACH_BEFORE)
        if before.search(view, lo, number.start) or after.match(view, number.end):
            return celex
    return None
