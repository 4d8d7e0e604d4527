"""Footnote markers in the view: those a reader skips, masked (brackets glued to what
they annotate), and those glued to a word, kept as evidence of the document's
footnote numbering (an identifier's last digit may be one)."""

from __future__ import annotations

import bisect
import functools

from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout

# A marker in square brackets glued to what it annotates (et "artiklitele 26[1] ja
# 114.[2]", hu "32001R1338[1]", fi "N:o 604/2013[1], jäljempänä"), or in round brackets
# glued to the comma after a word (fi "direktiivin 2006/112/EY,(2) sellaisena kuin"),
# before a space, punctuation or the end: no unit of a citation is written so.
_SQUARE = lazy_pattern(r"\[\d{1,3}\](?=[\s,.;:)]|$)")
_ROUND = lazy_pattern(r",\(\d{1,3}\)(?=[ \t\n])")
# A marker in round brackets with a space inside each bracket, as EUR-Lex pages copied
# as text print their footnote references (lt "ESS 19 straipsnio 1 dalies antros
# pastraipos ( 2 ), … chartijos", fi "Geneven yleissopimuksen ( 3 ) 1 artiklan"): a
# paragraph or a point in brackets is written "(2)", never so.
_SPACED_INSIDE = lazy_pattern(r"\( \d{1,3} \)")
# What a square-bracketed marker may be glued to: anything but a space or an opening
# bracket ("[[1]]", "([1])" are no markers of a word).
_NOT_GLUED = frozenset(" \t\n([")


def mask_markers(view: str) -> str:
    """``view`` with the footnote markers a reader skips written as spaces: the same
    length, so no edit of the offset map. Looked for only where their first character
    stands ("[" or ",(", found by ``str.find``): most texts hold neither."""
    spans: list[tuple[int, int]] = []
    pos = view.find("[")
    while pos != -1:
        if pos and view[pos - 1] not in _NOT_GLUED and (m := _SQUARE.match(view, pos)):
            spans.append(m.span())
        pos = view.find("[", pos + 1)
    pos = view.find(",(")
    while pos != -1:
        if view[pos - 1 : pos].isalpha() and (m := _ROUND.match(view, pos)):
            spans.append((pos + 1, m.end()))
        pos = view.find(",(", pos + 2)
    pos = view.find("( ")
    while pos != -1:
        if (m := _SPACED_INSIDE.match(view, pos)) is not None:
            spans.append(m.span())
        pos = view.find("( ", pos + 2)
    spans += _visa_markers(view)
    if not spans:
        return view
    spans.sort()
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        if start < done:  # a marker two rules find (a visa's "( 2 )")
            continue
        pieces += [view[done:start], " " * (end - start)]
        done = end
    pieces.append(view[done:])
    return "".join(pieces)


# A number in brackets after a word or a number on its line, set apart by a space or
# glued to it: a paragraph ("Article 5 (2)", "Article 5(2)") or a footnote marker ("the
# Committee (2),", "Regionsudvalget(3),").
_SPACED = lazy_pattern(r"(?<=\S)(?P<gap>[ \t]?)(?P<m>\([ ]?(?P<n>\d{1,2})[ ]?\))")
# What a visa's footnote marker ends: its line, perhaps after the comma.
_LINE_END = lazy_pattern(r"[ \t]*[,;:]?[ \t]*(?:\n|\Z)")
# An article number right before, perhaps with its article word after it (lv "251.
# pantā"), and a visa line that goes on after the marker with a comma (da "251(4), på
# grundlag af Forligsudvalgets fælles udkast") or a few lower-case words at most (da
# ", og", lv "noteikto procedūru,").
_AFTER_NUMBER = lazy_pattern(r"\d{1,4}(?:[a-z]|[ \t][A-Z])?\.?(?:[ \t]\p{L}{2,})?[ \t]?\Z")
_REST_OF_VISA = lazy_pattern(
    r"[,;:]|(?:[ \t]+\p{Ll}+){0,3}[ \t]*[,;:]?(?:[ \t]*\p{Ll}+)?[ \t]*(?:\n|\Z)"
)
# A list of articles that goes on after the bracket with another article and its
# paragraph set apart the same way: the bracket is a paragraph too (de keyword lines
# "EU-Sortenschutzverordnung, Art. 5 (3), 13 (2)"), whatever the line before ended with.
_LISTED_PARAGRAPH = lazy_pattern(r"[ \t]*[,;][ \t]*\d{1,4}[a-z]?[ \t]?\(\d{1,2}\)")


# The visas' markers are numbered line by line: a few visas with no marker at most stand
# between two of them. A "(1)" far before ("Referințe (1)" of a site's menu, ten lines
# up) is no evidence that ro "articolul 80 alineatul (2)," is a marker.
_VISA_GAP = 3


def _lines_between(view: str, start: int, end: int) -> int:
    """The lines with text strictly between the line of ``start`` and that of ``end``."""
    inner = view[start:end].split("\n")[1:-1]
    return sum(1 for line in inner if line.strip())


def _visa_markers(view: str) -> list[tuple[int, int]]:
    """The footnote markers after an article number in a visa, set apart as a paragraph
    in brackets is: da "efter proceduren i traktatens artikel 251 (3), og", lv "saskaņā
    ar Līguma 251. pantā (2) noteikto procedūru,". Read so only where the visas'
    numbering says it: the spaced number in brackets before it is one less and ends a
    visa line ("… Udvalg (2),"), none after it repeats its number, and its own line
    ends within a few lower-case words. Anything else stays a paragraph. A marker glued
    to the number (da "artikel 251(4), og", as a paragraph is written) is read so only
    after a marker glued to or set apart from a word ("Regionsudvalget(3),"), which
    is no paragraph."""
    if "(" not in view:
        return []
    found = list(_SPACED.finditer(view, timeout=scan_timeout(view)))
    spans = []
    for k in range(1, len(found)):
        m, before = found[k], found[k - 1]
        n = int(m["n"])
        if (
            int(before["n"]) == n - 1
            and (k + 1 == len(found) or int(found[k + 1]["n"]) != n)
            and _LINE_END.match(view, before.end()) is not None
            and "\n" in view[before.end() : m.start()]
            and _lines_between(view, before.end(), m.start()) <= _VISA_GAP
            and (m["gap"] or view[before.start() - 1].isalpha())
            and _AFTER_NUMBER.search(view, max(0, m.start() - 24), m.start("m")) is not None
            and _REST_OF_VISA.match(view, m.end()) is not None
            and _LISTED_PARAGRAPH.match(view, m.end()) is None
        ):
            spans.append(m.span("m"))
    return spans


# A footnote marker glued to the word before it, as PDF copies print them
# ("über Honig1 wird", "Futtermittel3 auf"), also to an abbreviation of four capitals
# or more (fr "paragraphe 2, TFUE1."; "CO2", "PM10" are no markers): evidence of the
# document's footnote numbering, never removed from the view ("apartado1" is a
# paragraph number).
_GLUED_MARKER = lazy_pattern(r"(?<=\p{Ll}\p{Ll}|\p{Lu}{4})(?P<n>\d{1,2})(?=[\s,.;:)])")


@functools.lru_cache(maxsize=4)
def _footnote_markers(view: str) -> tuple[list[int], list[int]]:
    positions: list[int] = []
    values: list[int] = []
    for m in _GLUED_MARKER.finditer(view, timeout=scan_timeout(view)):
        positions.append(m.start())
        values.append(int(m["n"]))
    return positions, values


def glued_footnote(
    view: str,
    pos: int,
    value: int,
    *,
    continued: bool = False,
    sole: bool = False,
    preceded: bool = False,
) -> bool:
    """Whether ``value``, glued to an identifier at ``pos`` ("C442/092" in a text whose
    footnotes 1 and 3 are glued to words before and after it), fits the document's
    footnote numbering: the value continues the sequence at that point, the marker
    before it being ``value - 1`` or the one after it ``value + 1`` with none before
    it numbered as high. Footnotes are numbered from 1: a 0 glued to a word is part
    of a name ("Event0 GmbH"), no footnote, and never a marker. ``continued`` asks
    for a marker after it as well; ``sole`` takes one marker before as enough, for an
    identifier that cannot end with the digit (a case's year has two); ``preceded``
    asks for the marker ``value - 1`` before it: an identifier whose last digit is
    likely its own ("(EU) 2016/1011") is never read as the first footnote. Computed
    once per text, and only when an identifier needs it."""
    if value < 1:
        return False
    positions, values = _footnote_markers(view)
    i = bisect.bisect_left(positions, pos)
    # Indices, not slices: an act number asks this of a text with many markers.
    before = next((values[k] for k in range(i - 1, -1, -1) if values[k] >= 1), None)
    after = next((values[k] for k in range(i, len(values)) if values[k] >= 1), None)
    if preceded and before != value - 1:
        return False
    if before is not None and before == value - 1:
        if after is None:
            if continued or sole:
                return sole
            # With no marker after it, one marker before is too little of a numbering
            # (da "rejsegarantifond1) … direktiv 2015/2302": the 2 is the act's): another
            # marker must stand before that one.
            k = next(k for k in range(i - 1, -1, -1) if values[k] >= 1)
            return any(values[j] >= 1 for j in range(k - 1, -1, -1))
        return after > value
    return after == value + 1 and (before is None or before < value)


def before_first_marker(view: str, pos: int) -> bool:
    """Whether no footnote marker of the document stands before ``pos``: a 1 glued
    there may be its first marker."""
    positions, values = _footnote_markers(view)
    i = bisect.bisect_left(positions, pos)
    return not any(values[k] >= 1 for k in range(i))
