"""Shared pieces of link insertion: the link target, splices and how to apply them.

Every format works the same way: find where the reader's text lies in the
source, extract citations from that text, resolve them, and *splice* link
markup into the source at recorded offsets.  Nothing is re-serialised, so
every byte outside a splice is the input's byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple


# Values made once per link: a NamedTuple costs half what a frozen attrs class does
# to make (and a fifth to build at import).
class Target(NamedTuple):
    """A citation worth linking: its span in the analysed text and where it goes."""

    start: int
    end: int
    key: str
    url: str
    label: str


class Splice(NamedTuple):
    """Replace ``source[start:end]`` by ``text`` (``start == end`` inserts)."""

    start: int
    end: int
    text: str


def apply_splices(
    source: str,
    splices: Iterable[Splice],
    *,
    between: Callable[[str], str] | None = None,
) -> str:
    """``source`` with every splice applied; splices must not overlap.

    ``between`` transforms the untouched stretches (used to HTML-escape plain
    text rendered as HTML); by default they are copied as they are.
    """
    keep = between or (lambda s: s)
    out: list[str] = []
    pos = 0
    for splice in sorted(splices, key=lambda s: (s.start, s.end)):
        if splice.start < pos:
            raise ValueError(f"overlapping splices at offset {splice.start}")
        out.append(keep(source[pos : splice.start]))
        out.append(splice.text)
        pos = splice.end
    out.append(keep(source[pos:]))
    return "".join(out)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end (may become empty)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
