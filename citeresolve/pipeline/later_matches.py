"""The matches of a document's own patterns from a position on, each pattern scanned once.

A name the document defines ("(the ‘Directive’)") is looked for in the rest of the
text after each definition. A long document defines the same name again and again
(a consolidated text, a bundle of judgments): a scan of the rest of the text per
definition would make it quadratic. :class:`LaterMatches` scans each pattern once,
from the earliest position asked, and answers later positions from that scan.
"""

from __future__ import annotations

import bisect

import regex

from ..limits import CALL_TIMEOUT


class LaterMatches:
    """``finditer`` of patterns over one text from any position, each scan reused."""

    def __init__(self, view: str) -> None:
        self.view = view
        # pattern -> (where its scan started, the starts of its matches, the matches)
        self._scans: dict[str, tuple[int, list[int], list[regex.Match[str]]]] = {}

    def after(self, pattern: str, pos: int) -> list[regex.Match[str]]:
        """What ``regex.compile(pattern).finditer(view, pos)`` yields. A scan from an
        earlier position found the same matches from the first one at or after ``pos``
        on, unless one of its matches runs across ``pos`` (a match from ``pos`` may then
        start inside it): only then is the text scanned again. Look-behinds see the text
        before ``pos`` either way."""
        kept = self._scans.get(pattern)
        if kept is not None and kept[0] <= pos:
            _, starts, found = kept
            k = bisect.bisect_left(starts, pos)
            if not k or found[k - 1].end() <= pos:
                return found[k:]
        # Built from the document's own words: compiled as usual, never kept on disk.
        compiled = regex.compile(pattern)
        found = list(compiled.finditer(self.view, pos, timeout=CALL_TIMEOUT))
        if kept is None or pos < kept[0]:
            self._scans[pattern] = (pos, [m.start() for m in found], found)
        return found
