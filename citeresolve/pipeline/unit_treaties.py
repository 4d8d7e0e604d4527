"""A treaty's abbreviation right after the number of one of its titles, chapters,
sections or parts: en "Chapter 2 of Title V TEU", de "Titel IV EGV oder Titel VI EUV",
sl "poglavja 2 naslova V PEU", mt "tal-Kapitolu 2 tat-Titolu V tat-TUE", ga "Chaibidil
2 de Theideal V CAE". The abbreviation only completes the reference to the unit, and
the contract cites no title, chapter, section or part (citation-keys.md: "Title IV of
the Charter" is no citation): such a mention is read as attach-only, so that an
article before it still takes it and it is never cited on its own.

A name written in full after the unit ("Part three, Title V of the Treaty on the
Functioning of the European Union (TFEU)") is left as it is: the held-out rounds' gold
keys it, and the full name is the text naming the Treaty as such."""

from __future__ import annotations

import functools

import regex

from ..families.mentions import ATTACH_ONLY, CITABLE, Mention
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern

# How far before the abbreviation the unit's word may start ("Chapter 2 of Title V of
# the " is 26 characters; the longest unit words and "of" words of the language files
# stay within this).
_REACH = 48


@functools.cache
def _unit_before(code: str) -> regex.Pattern[str] | None:
    """A unit's word and its number (a roman or arabic numeral, case kept: "Part C" is
    no unit of a Treaty) ending right before the abbreviation, an "of" word between
    them or glued to the abbreviation (mt "tat-TUE")."""
    art = load(code).articles
    units = art.get("noncitable") or []
    if not units:
        return None
    of = art.get("of") or []
    link = rf"(?:(?:{alternation(of)})(?:[ \t]+|(?<=[-'’])))?" if of else ""
    return deferred_pattern(
        rf"(?<![^\W\d])(?:{alternation(units)})[ \t]+(?-i:[IVXLC]{{1,6}}|\d{{1,3}})\.?"
        rf"[ \t]+{link}\Z",
        regex.IGNORECASE,
    )


def unit_abbreviations(view: str, mentions: list[Mention], code: str) -> list[Mention]:
    """``mentions`` with each citable treaty abbreviation that follows a unit's number
    read as attach-only."""
    pattern = _unit_before(code)
    if pattern is None:
        return mentions
    out = []
    for m in mentions:
        if (
            m.use == CITABLE
            and m.type == "treaty"
            and not any(ch.isspace() for ch in view[m.start : m.end])
            and pattern.search(view, max(0, m.start - _REACH), m.start) is not None
        ):
            m = m._replace(use=ATTACH_ONLY)
        out.append(m)
    return out
