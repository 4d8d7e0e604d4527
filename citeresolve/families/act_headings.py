"""Act numbers that close a title: an OJ act's heading in capitals or a title line
in title case whose act word opens it ("Council Framework Decision of 13 June 2002 on
… (2002/584/JHA)"), and a number alone in brackets on its line under a title."""

from __future__ import annotations

import bisect

from ..knowledge.lazy_patterns import lazy_pattern
from .act_ecb_numbers import ecb_number_before

# How far up a title an act number standing alone on its line may find its act word.
TITLE_WINDOW = 600

# Another act's number between a heading's act word and the number that closes it.
_OTHER_NUMBER = lazy_pattern(r"\d/\d")


def heading_closed(view: str, start: int, end: int, hits: list[tuple[int, int, str]]) -> str | None:
    """The kind of the act word in capitals that opens the line a bracketed number
    closes, as an act's title run into one line by a transcript ("COUNCIL DIRECTIVE of
    20 June 1990 on … (90/385/EEC) THE COUNCIL …", hu "A TANÁCS IRÁNYELVE (1990. június
    20.) … (90/385/EGK)"): the title of an OJ act under its heading, with no other act's
    number between."""
    if view[start - 1 : start] != "(" or view[end : end + 1] != ")":
        return None
    lo = max(view.rfind("\n", 0, start) + 1, start - TITLE_WINDOW)
    # Before 2015 an ECB act's title gives the Bank's number right before the OJ
    # number, "(ECB/2001/3) (2001/401/EC)": no other act's; on a line of their own,
    # the two numbers close the title on the line above.
    ecb = ecb_number_before(view, start)
    if ecb is not None and not view[lo:ecb].strip() and lo > start - TITLE_WINDOW:
        lo = max(view.rfind("\n", 0, lo - 1) + 1, start - TITLE_WINDOW)
    first = bisect.bisect_left(hits, (lo, -1, ""))
    line = [h for h in hits[first:] if h[1] <= start]
    heading = next((h for h in line if view[h[0] : h[1]].isupper()), None)
    if heading is None and line and _title_line(view, lo, line[0][0], end):
        # A title in title case on one line that the number closes (EUR-Lex: "Council
        # Framework Decision of 13 June 2002 on … (2002/584/JHA)", fr "Décision-cadre
        # du Conseil du 13 juin 2002 relative … (2002/584/JAI)").
        heading = line[0]
    if heading is None:
        heading = _heading_above(view, lo, start, end, hits)
    if heading is None:
        return None
    numbers_end = start - 1 if ecb is None else ecb
    if _OTHER_NUMBER.search(view, heading[1], numbers_end) and not _after_title_aside(
        view, numbers_end + 1
    ):
        return None
    return heading[2]


# How many lines a title may run over under its heading: its date, its subject.
_TITLE_LINES = 4


def _heading_above(
    view: str, lo: int, start: int, end: int, hits: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The act word of a heading in capitals on its own line a few lines above the line
    whose end a bracketed number closes, with no blank line between: an OJ title run
    under its heading ("COUNCIL FRAMEWORK DECISION⏎of 13 June 2002⏎on combating
    terrorism (2002/475/JHA)", pl "DECYZJA RAMOWA RADY⏎z dnia 13 czerwca 2002 r.⏎w
    sprawie zwalczania terroryzmu (2002/475/WSiSW)")."""
    if _LINE_END.match(view, end + 1) is None:
        return None
    top = lo
    for _ in range(_TITLE_LINES):
        above = view.rfind("\n", 0, top - 1) + 1
        if top == 0 or start - above > TITLE_WINDOW or not view[above : top - 1].strip():
            return None
        if view[above : top - 1].isupper():
            first = bisect.bisect_left(hits, (above, -1, ""))
            inside = [h for h in hits[first:] if h[1] < top]
            return inside[0] if inside else None
        top = above
    return None


# How far back the opening bracket of a title's aside may stand.
_ASIDE_REACH = 200


def _after_title_aside(view: str, start: int) -> bool:
    """Whether the bracket before the number at ``start`` follows, after spaces only,
    another bracket group with no act number in it: an OJ title's asides come before
    its own number ("... referred to in Directive 2004/109/EC (notified under document
    number C(2007) 4607) (Text with EEA relevance) (2007/657/EC)"), so the number is
    the heading's act's, whatever acts its subject cites."""
    i = start - 2
    while i >= 0 and view[i] in " \t":
        i -= 1
    if i < 0 or view[i] not in ")]":
        return False
    depth = 0
    for j in range(i, max(-1, i - _ASIDE_REACH), -1):
        if view[j] in ")]":
            depth += 1
        elif view[j] in "([":
            depth -= 1
            if depth == 0:
                return _OTHER_NUMBER.search(view, j, i) is None
    return False


# Before a title's act word on its line: only words (its author, a label and its colon).
_LINE_END = lazy_pattern(r"[ \t]*(?:\n|\Z)")
_TITLE_LEAD = lazy_pattern(r"[^\W\d_]*(?:[\s:\-–][^\W\d_]*)*")


def _title_line(view: str, lo: int, word: int, end: int) -> bool:
    """Whether the act word at ``word``, capitalised, is the first of its line after
    words only, and the bracket after the number at ``end`` ends the line."""
    if not view[word : word + 1].isupper() or _LINE_END.match(view, end + 1) is None:
        return False
    return _TITLE_LEAD.fullmatch(view, lo, word) is not None


def standalone_number(view: str, start: int, end: int) -> bool:
    """Whether the number stands alone in parentheses on its line, as under the
    title of an act in the Official Journal ("(1999/435/EY)")."""
    lo = view.rfind("\n", 0, start) + 1
    hi = view.find("\n", end)
    hi = len(view) if hi < 0 else hi
    # The line stripped, without copying it (a paragraph may be a long line); the
    # number's own first and last characters are no white space.
    while lo < start and view[lo].isspace():
        lo += 1
    while hi > end and view[hi - 1].isspace():
        hi -= 1
    return view[lo] == "(" and view[hi - 1] == ")" and hi - lo - (end - start) <= 4
