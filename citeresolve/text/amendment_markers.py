"""The amendment markers of a consolidated text, where they stand inside a sentence:
EUR-Lex "►M2", "►B", "▼M1", "◄" ("Gelet op het ►M2 Verdrag betreffende de werking van
de Europese Unie, inzonderheid op ►M2 artikel 126, lid 14") and legislation.gov.uk's
"F1" glued before a capitalised word ("under F1Article 126(14) thereof", "the
F1Treaty on the Functioning of the European Union").  The view reads
each such marker as spaces (the same length, so the offsets stay those of the
original); a marker alone on its line (a "►B" header) is left as it stands."""

from __future__ import annotations

import regex

from ..knowledge.lazy_patterns import lazy_pattern

_EURLEX_CHARS = "\u25ba\u25bc\u25c4"  # ►, ▼, ◄
# A EUR-Lex marker with text before or after it on its line.
_EURLEX_MARKER = lazy_pattern(
    r"(?:(?<=[^\s][ \t]*)(?:[\u25ba\u25bc][A-Z]{1,2}+\d{0,3}+|\u25c4)"
    r"|(?:[\u25ba\u25bc][A-Z]{1,2}+\d{0,3}+|\u25c4)(?=[ \t]*[^\s\u25ba\u25bc\u25c4]))"
)


# legislation.gov.uk's "F" and a number glued before a capitalised word ("F1Article",
# "F1Treaty"): after a space or a bracket, before a word of three letters or more.
_GLUED_FOOTNOTE_MARKER = lazy_pattern(
    r"(?<=^|[\s(\[])F\d{1,3}+(?=\p{Lu}\p{Ll}{2})", regex.MULTILINE
)


def blank_amendment_markers(view: str) -> str:
    """``view`` with each amendment marker inside a line read as spaces."""
    spans: list[tuple[int, int]] = []
    if any(ch in view for ch in _EURLEX_CHARS):
        spans += [m.span() for m in _EURLEX_MARKER.finditer(view)]
    if "F" in view:
        spans += [m.span() for m in _GLUED_FOOTNOTE_MARKER.finditer(view)]
    if not spans:
        return view
    chars = list(view)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
