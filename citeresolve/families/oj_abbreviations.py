"""The abbreviations of the Official Journal in every language ("OJ", "ABl.", "Dz.Urz.
UE"), and where one stands right before a number: "(Dz.Urz.UE 2024/1689)" is the
journal's act-by-act number with its series lost, never an act's number."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table as data_table
from ..knowledge.lang import union_phrases
from ..knowledge.lazy_patterns import lazy_pattern

# How far before a number its journal's abbreviation may start.
_REACH = 24


@functools.cache
def abbreviations() -> list[str]:
    """Every language's abbreviations, each also without its final dot ("ABl L 119/1"),
    and those written in Cyrillic or Greek letters that all look like Latin ones also
    spelled in Latin: a conversion that types bg "ОВ" or el "ΕΕ" with Latin letters
    ("OB C 170, 5.6.2014") leaves them the OJ."""
    to_latin = {
        ord(other): latin
        for pairs in data_table("homoglyphs.toml").values()
        for other, latin in pairs.items()
    }
    phrases = union_phrases("official_journal", "abbreviations")
    phrases += [p[:-1] for p in phrases if p.endswith(".")]
    latin = [p.translate(to_latin) for p in phrases]
    return phrases + [p for p in latin if p not in phrases and p.isascii()]


@functools.cache
def _before_number() -> regex.Pattern[str]:
    # The abbreviations as written (case and all), a space or none before the number.
    written = sorted(abbreviations(), key=len, reverse=True)
    alternatives = "|".join(regex.escape(a) for a in written)
    return compile_pattern(rf"(?<![^\W\d_])(?:{alternatives})[ \t]?\Z")


@functools.cache
def _last_characters() -> frozenset[str]:
    return frozenset(a[-1] for a in abbreviations() if a)


def journal_before(view: str, pos: int, act_words: Sequence[tuple[int, int, str]] = ()) -> bool:
    """Whether an OJ abbreviation ends right before ``pos``, where a number starts, and
    no act word (``act_words``: (start, end, kind) in text order) ends right before the
    abbreviation: el "κανονισμός ΕΕ 2019/947" writes the domain ΕΕ, the OJ's
    abbreviation too, without brackets."""
    # The abbreviation's last character stands right before the number or before one
    # blank there: most numbers follow a bracket, "No" or an act word, and the search
    # (every abbreviation tried at each place of the window) is spared.
    last = _last_characters()
    before = view[pos - 1 : pos]
    if before not in last and not (before in (" ", "\t") and view[pos - 2 : pos - 1] in last):
        return False
    m = _before_number().search(view, max(0, pos - _REACH), pos)
    if m is None:
        return False
    k = bisect.bisect_left(act_words, (m.start(),)) - 1
    return k < 0 or not _SPACE.fullmatch(view, act_words[k][1], m.start())


_SPACE = lazy_pattern(r"[^\S\n]{1,2}")


def journal_number_before(
    view: str, pos: int, act_words: Sequence[tuple[int, int, str]] = ()
) -> bool:
    """Whether the number at ``pos`` is the OJ's act-by-act number with its series lost:
    an OJ abbreviation before it (:func:`journal_before`) and a year of act-by-act
    numbering; el "(Ε.Ε. 2016/679)", "(ΕΕ 2016/679)" write the Union's domain before an
    act of 2016, the OJ's abbreviation too, and no OJ issue was numbered so then."""
    year = _YEAR_FIRST.match(view, pos)
    if year is not None and int(year[1]) < _act_by_act_first_year():
        return False
    return journal_before(view, pos, act_words)


# A year-first number: the OJ numbers its issues so from its first act-by-act year on.
_YEAR_FIRST = lazy_pattern(r"((?:19|20)\d\d)/")


@functools.cache
def _act_by_act_first_year() -> int:
    return int(data_table("identifiers.toml")["official_journal"]["act_by_act_first_year"])
