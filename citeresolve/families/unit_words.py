"""The lexer's branch for the words of one role (article, paragraph, point, annex …): the
words, their abbreviations without the dot before a number, and for annexes and
recitals the number word national texts write before the number."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex

from ..knowledge.lang import alternation
from ..text.branches import Pairs, Starts, phrase_branch

__all__ = ["roman_numeral_end", "unit_branch", "unit_branches", "unit_words"]


def unit_branch(
    kind: str, phrases: list[str], numbered: str, endings: list[str], glued: Sequence[str] = ()
) -> str:
    """A word's branch: group ``kind``; an annex or recital word also with the number
    word national texts write before its number (ro "anexa nr. 2", "considerentul nr.
    26", da "bilag nr. 1", el "Παράρτημα αριθ. 1"), the word alone in group
    ``annexword`` or ``recitalword``; ``endings`` and ``glued`` (a point word's) as
    :func:`unit_words` reads them."""
    words = unit_words(phrases, kind == "PT", endings, glued if kind == "PT" else ())
    if kind not in ("ANNEX", "RECITAL") or not numbered:
        return f"(?P<{kind}>{words})"
    word = f"{kind.lower()}word"  # one name per branch: a shared one would be the lastgroup
    return rf"(?P<{kind}>(?P<{word}>{words})(?:[ \t]+(?:{numbered})[ \t]?(?=\d|[IVX]))?)"


def unit_branches(
    roles: list[tuple[str, list[str]]],
    numbered: str,
    endings: list[str],
    glued: Sequence[str] = (),
) -> list[tuple[str, Starts, Pairs]]:
    """The lexer's branches of the words of each role (kind, phrases), in their order."""
    return [
        phrase_branch(
            unit_branch(kind, words, numbered, endings, glued), inflected_phrases(words, endings)
        )
        for kind, words in roles
    ]


def unit_words(
    phrases: list[str], point: bool = False, endings: Sequence[str] = (), glued: Sequence[str] = ()
) -> str:
    """The words of one role, and their abbreviations written without the dot right
    before a number: headnotes, databases and notes write "Art 19 TUE", "ART9",
    "Art 267 Abs 3 AEUV", "art 24" for "Art. 19", "art. 24". Without its dot an
    abbreviation is often a word ("art", "Art"), so it counts only before a digit or
    a point label ("lit b)"); a point word's also before a bare letter (de "Art. 2
    lit b VO", "Buchst b", cs "písm b"). Where a language inflects its abbreviations
    with a case ending after a mark (``abbreviation_endings``, each with its mark: et
    "-le", "-st": "lg-le 3", "lg-st 3", "p-s b"), the bare abbreviation takes one of
    ``endings`` there, also a one-letter one. A point word of ``glued`` counts also run
    into its one letter, as Austrian norm lines write it (de "DSGVO Art5 Abs1 litd")."""
    full = alternation(phrases)
    if glued:
        run_in = "|".join(sorted(map(regex.escape, glued), key=len, reverse=True))
        full = rf"(?:{full}|(?<![^\W\d_])(?:{run_in})(?=\p{{Ll}}(?![\w(])))"
    # ... or before a point label closed by a bracket: pl "ust. 3 lit b) TUE"
    label = r"\p{Ll}{1,2}(?:\)|(?![\w(]))" if point else r"\p{Ll}{1,2}\)"
    value = rf"(?=[ \u00a0]?(?:\d|{label}))"
    inflected = _abbreviations(phrases)
    if endings and inflected:
        # A one-letter abbreviation too ("p." before "b"), but only with its ending
        # ("p-s b"); tried first, as the word alone ("p") would end before the hyphen.
        ending = "|".join(sorted(map(regex.escape, endings), key=len, reverse=True))
        full = rf"(?:{alternation(inflected)})(?i:{ending})(?![^\W\d_]){value}|{full}"
    bare = [p for p in inflected if len(p) > 1]
    if not bare:
        return full
    return rf"(?:{full}|{alternation(bare)}{value})"


def _abbreviations(phrases: list[str]) -> list[str]:
    """The abbreviations among ``phrases`` (a letter and a dot at the end), without their dot."""
    return [p[:-1] for p in phrases if p.endswith(".") and p[-2:-1].isalpha()]


def inflected_phrases(phrases: list[str], endings: list[str]) -> list[str]:
    """``phrases`` and their abbreviations with each case ending ("lg-le"),
    the phrases a branch of :func:`unit_branch` may match (what it may start with)."""
    return phrases + [a + e for a in _abbreviations(phrases) for e in endings]


def roman_numeral_end(art: Mapping[str, Any]) -> str:
    """A dot after an annex's numeral; where numbers take no ordinal dot, not the full
    stop before the next sentence (cs "ve spojení s přílohou III. Na obecné modely …")."""
    return r"\.?" if art["ordinal_dot"] else r"(?:\.(?![ \t]*\n|[ \t]+\p{Lu}))?"
