"""Hyphenated numbers that are no act: ranges of articles or points, periods of years."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import all_languages, alternation
from .act_numbers import ActNumber, last_characters, plausible_year


@functools.cache
def _article_word_after() -> regex.Pattern[str]:
    """The article word of a language that writes the number first, right after a
    number or its ordinal dot: fi "7-11 artikloissa", lt "7-11 straipsniuose", hu
    "7-11. cikkében", lv "7-11. pantā" are articles 7 to 11."""
    words = [
        word
        for language in all_languages()
        if language.articles["number_first"]
        for word in language.articles["article"]
    ]
    return compile_pattern(rf"\.?\s+{alternation(words)}")


@functools.cache
def _point_words() -> tuple[str, ...]:
    """The article, paragraph and point words of every language: a hyphenated number
    right after one is a range of those units (cs "čl. 8–11 nařízení", pl "art. 8-11
    rozporządzenia"), never an act 8/11 with its act word after it."""
    return tuple(
        word
        for language in all_languages()
        for key in ("article", "article_plural", "paragraph", "paragraphs", "point")
        for word in language.articles.get(key, [])
    )


@functools.cache
def point_word_before(ch: str | None = None) -> regex.Pattern[str] | None:
    """An article, paragraph or point word of any language right before a number, then blanks
    and the end of the window searched: pl "ust. 5 pkt 2-23 dyrektywy" is points 2 to
    23, not an act 2/23 with its act word after it. With ``ch``, only the words whose
    match can end with ``ch`` (and those that can end with anything: "punkt*"); None
    when there is none. Only whether the window ends with one is asked: the pattern is
    searched from the end (REVERSE), where its matches end, not tried at every position
    of the window (31 -> 7 us a search; fewer words: about 1 us)."""
    words = [
        word
        for word in _point_words()
        if ch is None or (chars := _ends(word)) is None or ch in chars
    ]
    return _point_word_pattern(tuple(words)) if words else None


@functools.cache
def _point_word_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    # One pattern per set of words (most characters, digits and marks, share one).
    return compile_pattern(rf"(?<![^\W\d_])(?:{alternation(words)})[ \t]*$", regex.REVERSE)


def _ends(phrase: str) -> frozenset[str] | None:
    """The characters a match of ``phrase`` can end with; None for any (a phrase ending
    with its elision may also end before the apostrophe: lang._ELISION_LAST)."""
    return None if phrase.strip()[-1:] in ("'", "’") else last_characters(phrase)


def _ends_with_point_word(view: str, lo: int, hi: int) -> bool:
    """``point_word_before().search(view, lo, hi) is not None``. A match ends where
    ``$`` matches (at ``hi``, or before a newline there) after blanks; the word before
    them ends with the character there: only that character's words are tried."""
    for stop in (hi, hi - 1) if view[hi - 1 : hi] == "\n" else (hi,):
        k = stop
        while k > lo and view[k - 1] in " \t":
            k -= 1
        pattern = point_word_before(view[k - 1]) if k > lo else None
        if pattern is not None and pattern.search(view, lo, hi) is not None:
            return True
    return False


def article_range(view: str, number: ActNumber) -> bool:
    """Whether a hyphenated number without domain is a range of articles, written
    before the article word (fi "tietosuoja-asetuksen 7-11 artikloissa"), or of
    articles or points after their word (cs "čl. 8–11", pl "pkt 2-23"), not an act
    ("directive 2006-123-CE" has its domain)."""
    if not number.hyphen or number.form:
        return False
    if _article_word_after().match(view, number.end):
        return True
    return _ends_with_point_word(view, max(0, number.start - 24), number.start)


def period(number: ActNumber) -> bool:
    """Whether a hyphenated number without domain is a period of years, never an act:
    fr "la réforme du règlement (2017-2018)" (a session), "Regulation 2021-2027"."""
    a, b = number.a, number.b
    return (
        number.hyphen
        and not number.form
        and len(a) == len(b) == 4
        and plausible_year(a)
        and plausible_year(b)
        and a < b
    )


def zero_serial(number: ActNumber) -> bool:
    """Whether a hyphenated number without domain has a serial with a leading zero: an
    agency's or board's own label (et "KOLLEEGIUMI OTSUS 2020-04", en "Management Board
    Decision 2019-03"), never an EU act, whose serials are written without one."""
    return number.hyphen and not number.form and len(number.b) > 1 and number.b[0] == "0"
