"""The lexer's branch for the words of one role (article, paragraph, point, annex …): the
words, their abbreviations without the dot before a number, and for annexes and
recitals the number word national texts write before the number."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..knowledge.lang import alternation

__all__ = ["roman_numeral_end", "unit_branch", "unit_words"]


def unit_branch(kind: str, phrases: list[str], numbered: str) -> str:
    """A word's branch: group ``kind``; an annex or recital word also with the number
    word national texts write before its number (ro "anexa nr. 2", "considerentul nr.
    26", da "bilag nr. 1", el "Παράρτημα αριθ. 1"), the word alone in group
    ``annexword`` or ``recitalword``."""
    words = unit_words(phrases, kind == "PT")
    if kind not in ("ANNEX", "RECITAL") or not numbered:
        return f"(?P<{kind}>{words})"
    word = f"{kind.lower()}word"  # one name per branch: a shared one would be the lastgroup
    return rf"(?P<{kind}>(?P<{word}>{words})(?:[ \t]+(?:{numbered})[ \t]?(?=\d|[IVX]))?)"


def unit_words(phrases: list[str], point: bool = False) -> str:
    """The words of one role, and their abbreviations written without the dot right
    before a number: headnotes, databases and notes write "Art 19 TUE", "ART9",
    "Art 267 Abs 3 AEUV", "art 24" for "Art. 19", "art. 24". Without its dot an
    abbreviation is often a word ("art", "Art"), so it counts only before a digit or
    a point label ("lit b)"); a point word's also before a bare letter (de "Art. 2
    lit b VO", "Buchst b", cs "písm b")."""
    full = alternation(phrases)
    bare = [p[:-1] for p in phrases if p.endswith(".") and len(p) > 2 and p[-2].isalpha()]
    if not bare:
        return full
    # ... or before a point label closed by a bracket: pl "ust. 3 lit b) TUE"
    label = r"\p{Ll}{1,2}(?:\)|(?![\w(]))" if point else r"\p{Ll}{1,2}\)"
    return rf"(?:{full}|{alternation(bare)}(?=[ \u00a0]?(?:\d|{label})))"


def roman_numeral_end(art: Mapping[str, Any]) -> str:
    """A dot after an annex's numeral; where numbers take no ordinal dot, not the full
    stop before the next sentence (cs "ve spojení s přílohou III. Na obecné modely …")."""
    return r"\.?" if art["ordinal_dot"] else r"(?:\.(?![ \t]*\n|[ \t]+\p{Lu}))?"
