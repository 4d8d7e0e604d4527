"""Act-by-act Official Journal numbers listed after the first with their year written
once: de "ABl. C 2023/1340 bzw. 1341 v. 7.12.2023" is also OJ C 2023/1341. The numbers
of one day's issue follow one another, so only a number a little above the one before
continues the list ("ABl. L 2024/1689 und 12 Mitgliedstaaten" is no OJ number); the
joining words are each language's ``and`` words."""

from __future__ import annotations

import functools

import attrs
import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import union_pattern
from ..model.citation import Candidate

# How far above the number before a listed number may be: the acts of one issue's day.
_STEP = 20


@functools.cache
def _next_number() -> regex.Pattern[str]:
    joints = union_pattern("articles", "and")
    # ... before what ends a reference or goes on with the list: a bracket, a punctuation
    # mark, its date, another number
    dated = union_pattern("official_journal", "date_connectors")
    return compile_pattern(
        rf"(?:\s?,\s?|\s(?:{joints})\s)(?P<number>\d{{1,5}})(?![\d/.,]\d|\d)"
        rf"(?=\s?[),;.]|\s?$|\s(?:{dated}|{joints})\s|\s\d{{1,2}}[./])"
    )


def listed_after(view: str, reference: Candidate) -> Candidate | None:
    """The act-by-act number listed right after ``reference``, or None."""
    number = reference.parts.number
    if number is None:
        return None
    m = _next_number().match(view, reference.end)
    if m is None or not 0 < int(m["number"]) - int(number) <= _STEP:
        return None
    parts = attrs.evolve(reference.parts, number=str(int(m["number"])))
    return Candidate(parts, m.start("number"), m.end("number"))
