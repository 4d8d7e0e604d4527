"""Which mentions the chains attached so far have taken as their instrument (attach's
record of one text, beside its :class:`~.mention_index.MentionIndex`)."""

from __future__ import annotations

import bisect

from ..model.records import Record
from .mention_index import MentionIndex


class Taken(Record):
    """The mentions the chains attached so far have taken as their instrument, by start:
    a ``consumed`` one is not cited as a whole; a ``closing`` one closed a chain before it
    ("Art 267 Abs 3 AEUV"), so it is not also the genitive of the chain on the next line
    ("AEUV\\nArt 73 EGRL 112/2006")."""

    __slots__ = ("closing", "consumed", "pinpoints", "statements")
    _FIELDS = ("consumed", "closing", "pinpoints", "statements")

    def __init__(self) -> None:
        self.consumed: set[int] = set()
        self.closing: set[int] = set()
        # Where the chains that pin the instrument their clause is about ended: in "the
        # Treaty on European Union, and in particular Articles 4, 5 and 17, and the Treaty
        # on the Functioning …, and in particular Articles 174 to 178" the second pinpoint
        # belongs to the instrument named after the first one.
        self.pinpoints: list[int] = []
        # Where the chains in brackets that cite a statement about an instrument ended
        # ("… the child (Article 24), and the Treaty … (Article 79(3))"): the next
        # statement of the clause begins there.
        self.statements: list[int] = []

    def consume_inside(self, start: int, end: int, code: str, index: MentionIndex) -> None:
        """A range whose two ends each name the instrument ("119 TFEU to 121 TFEU") holds
        the first name inside its span: that one is the chain's too, not cited whole."""
        k = bisect.bisect_right(index.starts, start)
        while k < len(index.mentions) and index.mentions[k].start < end:
            if index.mentions[k].code == code:
                self.consumed.add(index.mentions[k].start)
            k += 1
