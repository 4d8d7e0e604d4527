"""Scan: find the few places worth parsing, in one cheap pass over the text.

A grammar built from hundreds of phrases (every treaty name in every case
form) is slow when the regex engine tries it at every position.  A
:class:`Trigger` knows the first word of every phrase and finds where those
words start with an Aho-Corasick automaton (pyahocorasick) over a lower-cased
copy of the text; the grammar then runs only there, anchored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import ahocorasick


def first_word(phrase: str) -> str:
    """The literal start of a phrase (see :mod:`citeresolve.lang`), lower-cased.

    A phrase that starts with ``*`` ("*verordnung" for German compounds) has
    its first literal part returned with a leading ``*``: it may start inside
    a word.
    """
    word = phrase.strip().removeprefix("=").split(" ", 1)[0]  # "=Κανονισμού": see lang
    inside = word.startswith("*")
    word = word.lstrip("*").split("*", 1)[0]
    word = word.replace("’", "'").lower()
    return f"*{word}" if inside and word else word


class Trigger:
    """Start positions of any of a set of words, at word starts, ignoring case."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        self._empty = True
        for word in {w for w in words if w.lstrip("*")}:
            literal = word.lstrip("*")
            # value: (length, may start inside a word)
            previous = self._automaton.get(literal, (len(literal), False))
            self._automaton.add_word(literal, (len(literal), previous[1] or word.startswith("*")))
            self._empty = False
        if not self._empty:
            self._automaton.make_automaton()

    def positions(self, view: str, lowered: str | None = None) -> Iterator[int]:
        """Increasing start positions of trigger words in ``view``.

        ``lowered`` is ``view.lower()`` when the caller already has it.
        """
        if self._empty:
            return
        low = view.lower() if lowered is None else lowered
        if len(low) != len(view):
            # A few characters change length when lower-cased ("İ"); map per character.
            low = "".join(ch.lower()[:1] or ch for ch in view)
        starts = sorted(
            (end - length + 1, inside) for end, (length, inside) in self._automaton.iter(low)
        )
        seen = -1
        for start, inside in starts:
            if start == seen:
                continue
            # A word glued to a number is still a word start ("32001R2580Official Journal").
            if not inside and start > 0 and view[start - 1].isalpha() and view[start].isalnum():
                continue
            seen = start
            yield start
