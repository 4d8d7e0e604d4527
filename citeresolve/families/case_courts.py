"""Case numbers after the Court's abbreviation, as national texts and legal databases cite
its judgments: de "EuGH, 20.02.1979 - 120/78" (the court, the judgment's date, a dash, the
number), pt "TJE Caso 8/74", "TJCE Processo C 267 e 268/91" (the court, a case word of any
language or a capitalised word). The abbreviations are the optional ``courts`` of each
language file's [cases]. Used by :mod:`.cases`, which reads the numbers of the list as it
reads those after a case word."""

from __future__ import annotations

import functools

import regex

from ..knowledge.dispatched import Dispatched
from ..knowledge.lang import alternation, union_phrases
from ..text.scan import Trigger
from .case_numbers import ITEMS

# The judgment's date between the court and its number: "20.02.1979", "20. 2. 1979", or
# with its month in words (it "16 Luglio 2020", de "16. Juli 2020", es "16 de julio de
# 2020").
JUDGMENT_DATE = _DATE = (
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}"
    r"|\d{1,2}\p{Ll}{0,3}\.?\s(?:\p{Ll}{1,2}\s)?\p{L}{3,12}\.?\s(?:\p{Ll}{1,2}\s)?(?:19|20)\d{2})"
)
# Before the date, the judgment's word and a preposition, one or two short words (de
# "EuGH, Urteil vom 15. Juli 1964, 6/64", pl "TSUE z dnia 15 lipca 1964 r., 6/64", fi
# "EYT, tuomio 15.7.1964, 6/64"); after it, a year's abbreviation (pl "r.").
# The words may be abbreviated (de "EuGH, Urt. v. 6.10.1982 – 283/81").
_DATED = rf"(?:,?\s(?:\p{{L}}{{1,8}}\.?\s){{0,2}}{_DATE}(?:\s\p{{Ll}}{{1,4}}\.)?)"
# What parts the court (or its date) from the number: a dash, comma or colon, or a space;
# legal databases also join them with a slash (el "ΔΕΚ/C-324/1998").
_GAP = r"(?:\s?[-–—,:/]\s?|(?<=\d)\.\s|\s+)"
# After the date only, the parties' short name and its comma, as a note lists old
# judgments: fr "CJCE, 6 oct. 1982, Cilfit, 283/81", "Costa c/ E.N.E.L., 6/64".
_PARTIES = r"(?:\p{Lu}[^,;:\n\d()\[\]]{0,40},\s?)"


def court_phrases() -> list[str]:
    return union_phrases("cases", "courts")


@functools.cache
def court_trigger() -> Trigger | None:
    courts = court_phrases()
    return Trigger(courts, whole_words=True) if courts else None


@functools.cache
def court_list_pattern() -> Dispatched:
    """The court's abbreviation, perhaps the judgment's date (and its word), a dash, comma
    or space, perhaps a case word (of any language, or a capitalised word: pt "Caso") or a
    number word, and the list of numbers (group ``list``; ``numbered`` when a number word
    stands before)."""
    words = alternation(union_phrases("cases", "words"))
    number = alternation(union_phrases("acts", "number_words"))
    return Dispatched(
        [(None, court_phrases())],
        rf"""(?![^\W\d_])(?:{_DATED}{_GAP}{_PARTIES}?|{_GAP})
            (?:(?:{words}|\p{{Lu}}\p{{Ll}}{{1,11}}\.?)\s+)?
            (?P<numbered>{number}\s?)?(?P<list>{ITEMS})""",
        regex.VERBOSE,
    )
