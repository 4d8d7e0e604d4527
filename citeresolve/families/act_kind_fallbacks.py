"""The kind of an act number written with its domain ("2006/7/ES", "(78/2000/ΕΚ)")
where no act word stands in reach of it: the last act word of its sentence, or the
kind of the act read before it."""

from __future__ import annotations

import bisect
import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import all_languages, alternation
from ..knowledge.lazy_patterns import lazy_pattern
from .act_numbers import ActNumber
from .act_words import DATE

# How far back the act word of a bracketed number's sentence may stand.
_SENTENCE_REACH = 300
_DIGIT = lazy_pattern(r"\d")
# The kinds whose numbers carry their domain after them ("2006/7/EC", "2000/520/EC"):
# a regulation's never does.
_SUFFIXED_KINDS = frozenset({"directive", "decision", "framework_decision"})


def kind_of_sentence(
    view: str, number: ActNumber, hits: list[tuple[int, int, str]], previous_end: int
) -> str | None:
    """The kind of the last act word (``hits``) of the sentence of a bracketed number
    with its domain, beyond the reach of act words, with no digit or act (ending at
    ``previous_end``) between: el "η οδηγία για την ισότητα …, η οποία απαγόρευε …
    (78/2000/ΕΚ)" is the Directive's."""
    start = number.start
    if view[start - 1 : start] != "(" or view[number.end : number.end + 1] != ")":
        return None
    lo = max(0, start - _SENTENCE_REACH, previous_end)
    lo = max(lo, view.rfind("\n", lo, start), _stop_before(view, lo, start))
    i = bisect.bisect_left(hits, (start, -1, "")) - 1
    if i < 0 or hits[i][0] < lo or _DIGIT.search(DATE.sub("", view[hits[i][1] : start])):
        return None  # the act's date may stand between (cs "rozhodnutí Rady ze dne 22.1.2013")
    return hits[i][2]


def _stop_before(view: str, lo: int, start: int) -> int:
    """The last full stop in ``view[lo:start]`` that is no dot of a date (de "vom 22.
    Januar 2013", da "af 2. juni 2004"), or -1."""
    stop = view.rfind(". ", lo, start)
    while stop >= lo:
        digits = stop
        while digits > lo and view[digits - 1].isdigit():
            digits -= 1
        if digits == stop or DATE.match(view, digits) is None:
            return stop
        stop = view.rfind(". ", lo, digits)
    return -1


def kind_before(view: str, number: ActNumber, previous_kind: str | None) -> str | None:
    """The kind of a number with its domain after it and no act word in reach, from the
    act read before it, where that act's kind writes its numbers so: cs metadata
    "Zrušen předpisem 2006/7/ES" under Directive 76/160/EHS, es "las Directivas del
    Parlamento Europeo y del Consejo, …, de 26 de febrero de 2014, 2014/24/UE". Not in
    brackets: a bracketed number alone is a label ("The other act (2010/45/EU)", a page
    title's "(90/385/EGK)"), an act only after an OJ page or in its act word's sentence."""
    if number.form != "slash" or previous_kind not in _SUFFIXED_KINDS:
        return None
    if view[number.start - 1 : number.start] in "([":
        return None
    if _other_instrument().search(view, max(0, number.start - 60), number.start):
        return None  # it "la Convenzione 90/436/CEE": a convention's number, no act's
    return previous_kind


@functools.cache
def _other_instrument() -> regex.Pattern[str]:
    """An instrument's word of any language (``other_instruments`` of [acts]) right
    before a number: the number is that instrument's, of no act kind."""
    acts = (language.section("acts") for language in all_languages())
    words = [word for section in acts for word in section.get("other_instruments", [])]
    return compile_pattern(rf"(?:{alternation(words)})\s+\Z")
