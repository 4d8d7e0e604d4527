"""An old case number after its judgment's word, date and name, as the Court cites its
case law and as national judgments and papers cite it without the ECLI: en "judgment of
6 October 1982, CILFIT and Others, 283/81", es "sentencia de 6 de octubre de 1982, Cilfit,
283/81", cs "rozsudek Soudního dvora ze dne 6. 10. 1982, CILFIT, 283/81", bg "решение от
6 октомври 1982 г., CILFIT, 283/81". Only a number of the Court of Justice before 1989 (no
court letter, citation-keys.md), after a comma, with the judgment's date before it (a few
words, such as the court's name, between the word and the date): a national register's
"123/82" has no such date and name. The words are the optional ``judgments`` of each
language file's [cases]. The word may also stand right before the number, the case's name
after it, as commentaries and older judgments cite: de "(Urteil 239/85, Kommission/Belgien)",
it "sentenza 6/64, Costa c. ENEL", en "judgment 26/62 Van Gend en Loos". Used by
:mod:`.cases`."""

from __future__ import annotations

import functools

import regex

from ..knowledge.lang import alternation, union_phrases
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import scan_timeout
from .case_courts import JUDGMENT_DATE
from .case_numbers import LISTED, old_year

# A number without a court letter after a comma, of a year the Court of Justice alone sat.
_NUMBER = lazy_pattern(r",\s?(?P<number>\d{1,3}/[5-8]\d)(?![\d/])")
# The judgment's word, its date and the case's name, up to the comma before the number.
_REACH = 200


@functools.cache
def _judgment_named() -> regex.Pattern[str] | None:
    """A judgment's word, up to five short words (of, the court's name: cs "Soudního
    dvora ze dne"), its date (and a year's mark: bg "г.", hr "1982."), and perhaps the
    case's name (a capital, no digit, bracket or line break), up to the end of what is
    searched."""
    words = union_phrases("cases", "judgments")
    if not words:
        return None
    return deferred_pattern(
        rf"(?:{alternation(words)})(?:\s[\p{{L}}.]{{1,12}}){{0,5}}?\s{JUDGMENT_DATE}"
        rf"(?:\.|\s\p{{Ll}}{{1,4}}\.)?(?:,\s?\p{{Lu}}[^\d\n()\[\];,]{{0,60}}(?:,[^\d\n()\[\];,]"
        rf"{{1,20}})?)?\Z"
    )


@functools.cache
def _judgment_first() -> regex.Pattern[str] | None:
    """A judgment's word, one space, an old number, then the case's name (a capital or a
    bracket, after a comma perhaps): a national register's "Urteil 12/85 des Landgerichts"
    has a lower-case word after it."""
    words = union_phrases("cases", "judgments")
    if not words:
        return None
    return deferred_pattern(
        rf"(?:{alternation(words)})\s(?P<number>\d{{1,3}}/[5-8]\d)(?![\d/])(?=,?\s?[\p{{Lu}}(])"
    )


def after_judgments(view: str, seen: set[int]) -> list[regex.Match[str]]:
    """The old case numbers right after a judgment's word, date and name, or right after
    the word with the name after the number (``seen``: the starts of numbers read already,
    which this extends)."""
    named = _judgment_named()
    if named is None or "/" not in view:
        return []
    found = _word_first(view, seen)
    for number in _NUMBER.finditer(view, timeout=scan_timeout(view)):
        start = number.start("number")
        if start in seen:
            continue
        if named.search(view, max(0, number.start() - _REACH), number.start()) is None:
            continue
        item = LISTED.match(view, start, number.end("number"))
        if item is not None and old_year(item["year"]):
            seen.add(start)
            found.append(item)
    return found


def _word_first(view: str, seen: set[int]) -> list[regex.Match[str]]:
    first = _judgment_first()
    found = []
    for word in first.finditer(view, timeout=scan_timeout(view)) if first else ():
        start = word.start("number")
        item = LISTED.match(view, start, word.end("number"))
        if start not in seen and item is not None and old_year(item["year"]):
            seen.add(start)
            found.append(item)
    return found
