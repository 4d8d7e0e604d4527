"""The kind of an act number that opens an item of a list whose lead-in names the
kind: sv "följande direktiv:\\n\\n• 2008/121/EG (om …)\\n• 96/73/EG (om …)", en "the
following Directives are repealed:\\n- 2008/121/EC;\\n- 96/73/EC." The act word ends
the lead-in line, right before its colon (or one word before it: fr "les règlements
suivants :"); every line between it and the number is
blank or another item of the list (opening with a bullet or a number)."""

from __future__ import annotations

import bisect

from ..knowledge.lazy_patterns import lazy_pattern

# What may stand before the number on its own line: white space and a bullet.
_ITEM_START = lazy_pattern(r"[ \t]*(?:[•·▪‣◦●\-–—*][ \t]*)?")
# An earlier item of the list: a bullet or a number (or a bracketed domain) first.
_ITEM_LINE = lazy_pattern(r"[ \t]*(?:[•·▪‣◦●\-–—*][ \t]*)?[\d(]")
# Between the act word and the colon: nothing, one word where the language puts
# "following" after its noun (fr "les règlements suivants :", it "direttive seguenti:"),
# or the rest of a short lead-in clause with no digit nor stop in it (sv "följande
# direktiv bör genomföras i svensk rätt:", en "the following directives are repealed:").
_GAP = lazy_pattern(r"\s*(?:[^\W\d_]+(?:-[^\W\d_]+)*,?\s*){0,6}")
# How far up the lead-in may stand: a list of a few dozen acts.
_LINES = 40
_REACH = 4000


def lead_in_kind(view: str, start: int, hits: list[tuple[int, int, str]]) -> str | None:
    """The kind of the act word that ends the lead-in of the list whose item the number
    at ``start`` opens; ``hits`` are the act words (start, end, kind) in text order."""
    lo = view.rfind("\n", 0, start) + 1
    if lo == 0 or _ITEM_START.fullmatch(view, lo, start) is None:
        return None
    end = lo - 1  # the line break that ends the line above
    for _ in range(_LINES):
        if end <= 0 or start - end > _REACH:
            return None
        line_start = view.rfind("\n", 0, end) + 1
        line = view[line_start:end].rstrip()
        if line and _ITEM_LINE.match(line) is None:
            return _word_before_colon(line_start + len(line), line, hits)
        end = line_start - 1
    return None


def _word_before_colon(line_end: int, line: str, hits: list[tuple[int, int, str]]) -> str | None:
    """The kind of the act word that the colon ending a lead-in line follows."""
    if not line.endswith(":"):
        return None
    colon = line_end - 1
    i = bisect.bisect_left(hits, (colon, -1, "")) - 1
    if i < 0:
        return None
    word_start, word_end, kind = hits[i]
    gap = line[len(line) - (colon - word_end) - 1 : -1] if colon > word_end else ""
    if word_start < line_end - len(line) or _GAP.fullmatch(gap) is None:
        return None
    return kind
