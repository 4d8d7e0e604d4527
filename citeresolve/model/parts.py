"""What a key is made of (:class:`Pin`, :class:`KeyParts`) and what a family finds
(:class:`Candidate`: key parts at offsets of the cleaned view).

Plain values with no behaviour of the registry: the family registry
(:mod:`.family`) names them in its signatures, and keys (:mod:`.keys`) and
citations (:mod:`.citation`) build on them, so that nothing in ``model/``
imports in a circle.
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Callable, Iterable
from typing import Any

from attrs import fields, frozen

# Sort keys of anything with offsets (candidates, mentions, chains): text order, and
# by end where two start together. A C getter per item costs a third of a lambda's
# call, and a dense text sorts its citations and mentions several times.
by_start = operator.attrgetter("start")
by_span = operator.attrgetter("start", "end")


@frozen
class Pin:
    """A pinpoint inside an instrument: an article ``3``, ``3(5)``, ``107(3)(c)``, a
    range ``21-46``, an annex ``annex-II`` (or an article of it, ``annex-I/3(5)``),
    or a recital ``recital-26``.  ``article`` is empty for a whole annex or a recital."""

    article: str
    paragraph: str | None = None
    points: tuple[str, ...] = ()
    article_end: str | None = None
    annex: str | None = None
    recital: str | None = None

    def __str__(self) -> str:
        if self.recital is not None:
            return f"recital-{self.recital}"
        head = "" if self.annex is None else f"annex-{self.annex}"
        if not self.article:
            return head
        if self.article_end is not None:
            unit = f"{self.article}-{self.article_end}"
        else:
            unit = self.article
            if self.paragraph is not None:
                unit += f"({self.paragraph})"
            if self.points:  # a join of the points, not one string per point
                unit += "(" + ")(".join(self.points) + ")"
        return unit if self.annex is None else f"{head}/{unit}"


@frozen(init=False)
class KeyParts:
    """The structured content of a key; which fields are set depends on ``type``.

    * treaty, rules, instrument: ``instrument`` and optional ``pin``
    * eu_act: ``celex`` and optional ``pin``
    * oj: ``series`` (L/C), ``year`` and either ``issue`` (classic, e.g. ``"023"``,
      ``"251E"``) with optional ``page``, or ``number`` (act-by-act)
    * ep_doc: ``doc`` (TA/A/B/RC), ``term``, ``year``, ``number`` (4 digits)
    * procedure: ``year``, ``number`` (4 digits), ``suffix`` (letter or None),
      ``proc_type``
    * case: ``series`` (court C/T/F), ``number``, ``issue`` (2-digit year), or ``ecli``
    * com_doc: ``doc`` (COM/SWD/JOIN), ``year``, ``number``
    """

    type: str
    instrument: str | None = None
    pin: Pin | None = None
    celex: str | None = None
    series: str | None = None
    year: int | None = None
    issue: str | None = None
    number: str | None = None
    page: int | None = None
    term: int | None = None
    doc: str | None = None
    suffix: str | None = None
    proc_type: str | None = None
    ecli: str | None = None

    def __init__(
        self,
        type: str,
        instrument: str | None = None,
        pin: Pin | None = None,
        celex: str | None = None,
        series: str | None = None,
        year: int | None = None,
        issue: str | None = None,
        number: str | None = None,
        page: int | None = None,
        term: int | None = None,
        doc: str | None = None,
        suffix: str | None = None,
        proc_type: str | None = None,
        ecli: str | None = None,
    ) -> None:
        # Each slot set by its own descriptor (see slot_setters)
        _KP_TYPE(self, type)
        _KP_INSTRUMENT(self, instrument)
        _KP_PIN(self, pin)
        _KP_CELEX(self, celex)
        _KP_SERIES(self, series)
        _KP_YEAR(self, year)
        _KP_ISSUE(self, issue)
        _KP_NUMBER(self, number)
        _KP_PAGE(self, page)
        _KP_TERM(self, term)
        _KP_DOC(self, doc)
        _KP_SUFFIX(self, suffix)
        _KP_PROC_TYPE(self, proc_type)
        _KP_ECLI(self, ecli)


@frozen(init=False)
class Candidate:
    """A reference found by one family parser; offsets are into the cleaned view."""

    parts: KeyParts
    start: int
    end: int
    group: int | None = None  # acts cited as one list share a group

    def __init__(self, parts: KeyParts, start: int, end: int, group: int | None = None) -> None:
        _CANDIDATE_PARTS(self, parts)
        _CANDIDATE_START(self, start)
        _CANDIDATE_END(self, end)
        _CANDIDATE_GROUP(self, group)

    @property
    def type(self) -> str:
        return self.parts.type


def slot_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of each named slot of a frozen attrs class, for its own
    ``__init__``: attrs' generated one sets each field through ``object.__setattr__``,
    which looks the name up on the class again for every field of every instance (a
    dense text makes tens of thousands of candidates and citations); the descriptor's
    setter is the same store without the lookup. The class stays frozen: its
    ``__setattr__`` still refuses any assignment after ``__init__``."""
    return tuple(cls.__dict__[name].__set__ for name in names)


_CANDIDATE_PARTS, _CANDIDATE_START, _CANDIDATE_END, _CANDIDATE_GROUP = slot_setters(
    Candidate, "parts", "start", "end", "group"
)
(
    _KP_TYPE,
    _KP_INSTRUMENT,
    _KP_PIN,
    _KP_CELEX,
    _KP_SERIES,
    _KP_YEAR,
    _KP_ISSUE,
    _KP_NUMBER,
    _KP_PAGE,
    _KP_TERM,
    _KP_DOC,
    _KP_SUFFIX,
    _KP_PROC_TYPE,
    _KP_ECLI,
) = slot_setters(KeyParts, *(f.name for f in fields(KeyParts)))


class Spans:
    """Whether a range overlaps, or lies inside, one of a set of spans, by a bisect: a
    test against each span made long texts quadratic (a long line of passages, every
    context mention of a document against every act it cites)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = spans
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def _index(self) -> list[int]:
        if self._starts is None:
            # Indexed on the first question: many texts never ask one.
            ordered = sorted(self._spans)
            self._starts = [start for start, _ in ordered]
            # The furthest end among the spans up to each index (spans may nest).
            self._ends = list(itertools.accumulate((end for _, end in ordered), max))
        return self._starts

    def overlap(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self._index(), end)  # the spans starting before ``end``
        return k > 0 and self._ends[k - 1] > start

    def contain(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._index(), start)  # those starting at or before it
        return k > 0 and self._ends[k - 1] >= end
