"""A domain's expansion in brackets between it and the act number: fr "décision PESC
(Politique Etrangère et de Sécurité Commune) 2015/1333", en "Decision CFSP (Common
Foreign and Security Policy) 2015/1333". The bracket spells out the abbreviation before
it, so it says nothing of the act; the view reads it as spaces (the same length), and
the number has its domain and act word before it as without the bracket. Only a bracket
whose words' initials are the domain's capitals is read so: any other remark stays."""

from __future__ import annotations

import functools
import unicodedata

from ..knowledge.lang import union_phrases
from ..knowledge.lazy_patterns import lazy_pattern
from .scan import occurrences

# The domain's letters before the bracket, the bracket, then the number after spaces.
_EXPANDED = lazy_pattern(
    r"(?<![^\W\d_])(?P<domain>\p{Lu}[\p{L}]{1,5})[ ]\((?P<words>[^()\n\d]{8,90})\)(?=[ ]\d)"
)
# A word counts towards the initials when capitalised or of four letters or more: the
# short linking words ("and", "et", "de", "y") are left out.
_LONG_WORD = 4


@functools.cache
def _domains() -> frozenset[str]:
    """Every language's act domains, case-folded ("PESC", "CFSP", "WPZiB")."""
    return frozenset(d.strip("=").casefold() for d in union_phrases("acts", "domains"))


def _initial(word: str) -> str:
    """A word's first letter, upper case, without its accent ("étrangère" -> "E")."""
    return unicodedata.normalize("NFD", word[0])[0].upper()


def _spells(domain: str, words: str) -> bool:
    """Whether the initials of the bracket's words are the domain's capitals."""
    counted = [w for w in words.replace("-", " ").split() if w[0].isupper() or len(w) >= _LONG_WORD]
    capitals = "".join(ch for ch in domain if ch.isupper())
    return len(capitals) >= 2 and "".join(_initial(w) for w in counted) == capitals


def blank_domain_expansions(view: str) -> str:
    """``view`` with each bracketed expansion of a domain before an act number read as
    spaces (see the module docstring)."""
    if " (" not in view:
        return view
    chars: list[str] | None = None
    for bracket in occurrences(view, " ("):
        start = bracket
        while start > 0 and bracket - start < 6 and view[start - 1].isalpha():
            start -= 1
        m = _EXPANDED.match(view, start) if start < bracket else None
        if m is None or m["domain"].casefold() not in _domains():
            continue
        if not _spells(m["domain"], m["words"]):
            continue
        if chars is None:
            chars = list(view)
        chars[m.start("words") - 1 : m.end("words") + 1] = " " * (len(m["words"]) + 2)
    return view if chars is None else "".join(chars)
