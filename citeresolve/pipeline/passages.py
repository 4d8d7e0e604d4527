"""Lines written in another language inside a text: an English abstract in a Greek
thesis ("… founded on Article 102 of the TFEU …"), an English headnote on an Irish
page ("Second subparagraph of Article 19(1) TEU"), EUR-Lex's English metadata on a
French page, an Italian title quoted in a French article ("ai sensi dell'art. 260,
paragrafo 2, TFUE"), "the EEC Treaty" in a Slovak paragraph.

The text's own grammar cannot read them (a Greek chain has no "of the", French knows
no "paragrafo"). A line whose citation vocabulary is another language's (the measure
of the language guess of :func:`extract`: :func:`.language_guess.foreign_lines`), one
of the languages of ``data/passages.toml``, is read with that language's grammar too;
what it finds is added where the text's own reading found nothing. A text whose body
is that language (an Irish page of an act never translated) is also read whole in it,
so that "Article 189c of the Treaty" finds the Treaty its visa named lines before.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import attrs

from ..knowledge.data import table
from ..model.citation import Citation
from ..model.parts import Spans

# A line read in a language: (line, language) -> (its citations, the instrument names
# that only completed an article reference there).
Reader = Callable[[str, str], tuple[list[Citation], list[Citation]]]
# The lines of a text written in another language: (text, language) -> (start, end,
# the line's language) of each, in text order.
Lines = Callable[[str, str], list[tuple[int, int, str]]]
Detector = Callable[[str, str], str]


@functools.cache
def _languages() -> frozenset[str]:
    return frozenset(table("passages.toml")["languages"])


def with_passages(
    text: str,
    code: str,
    citations: list[Citation],
    named: list[Citation],
    read: Reader,
    lines: Lines,
    detect: Detector,
) -> list[Citation]:
    """``citations`` of ``text`` (read in ``code``; ``named``: the names that only
    completed an article there), with those of its lines written in a passage language
    that no citation of ``citations`` overlaps, in text order; a name that only
    completes an article there ("Article 176 of Council Directive 2006/112/EC") is no
    longer cited whole."""
    merged = _Merged(citations, named)
    languages = _languages()
    seen: set[str] = set()
    for start, end, other in lines(text, code):
        if other not in languages:
            continue
        seen.add(other)
        found, named = read(text[start:end], other)
        merged.completing.update((c.key, c.start + start, c.end + start) for c in named)
        merged.add_line(found, start, end)
        if start == 0 and end == len(text):
            # the line is the whole text (one line, as a pasted paragraph or a 1 MB
            # line of mixed scripts): reading it whole in its language again would
            # find the same citations, each overlapping what the line added or the
            # text's own reading found
            seen.discard(other)
    if seen:
        whole = detect(text, code)
        if whole in seen:
            # a page of the text's language whose body is the other's (an Irish EUR-Lex
            # page of an act never translated): read whole too, so that "Article 189c of
            # the Treaty" finds the Treaty its visa named lines before
            merged.add_unread(read(text, whole)[0])
    return merged.result()


def _shifted(c: Citation, start: int) -> Citation:
    """``c``, found in a line that starts at ``start``, with offsets into the text."""
    return attrs.evolve(c, start=c.start + start, end=c.end + start) if start else c


class _Merged:
    """The text's own citations and what the lines read in their language add."""

    def __init__(self, citations: list[Citation], named: list[Citation]):
        self.citations = citations
        self.named = named
        self.starts = [c.start for c in citations]  # in text order
        self.overlaps = Spans((c.start, c.end) for c in citations)
        self.own = {(c.start, c.end): c.key for c in citations}
        self.added: list[Citation] = []
        self.replaced: set[tuple[int, int]] = set()
        self.completing: set[tuple[str, int, int]] = set()

    def add_line(self, found: list[Citation], start: int, end: int) -> None:
        """Adds the citations ``found`` in the line from ``start`` to ``end``."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        # instruments the text's own reading of the line already knows
        seen = {c.instrument for c in self.citations[first:last]}
        for c in found:
            # (shifted only when kept: a dense line's citations are mostly the text's own)
            span = (c.start + start, c.end + start)
            if not self.overlaps.overlap(*span):
                # ... but not an act cited whole where the text's own reading pinned it
                # (it "Art. 3 del Reg. (CE) n. 1/2003", a footnote the guess reads as
                # English: the act there only completes the article)
                if c.key != c.instrument or c.instrument not in seen:
                    self.added.append(_shifted(c, start))
            elif self.own.get(span, c.key) != c.key and c.instrument not in seen:
                # the same words read in the line's own language name an instrument the
                # text's reading did not see ("– Charter of … – Articles 7, 8 and 11"):
                # the line's language knows the name, the text's gave the articles to
                # the act before it
                self.replaced.add(span)
                self.added.append(_shifted(c, start))

    def add_unread(self, found: list[Citation]) -> None:
        """Adds the citations ``found`` in the whole text where neither the text's own
        reading nor a line's found anything."""
        # nor where a name only completed an article of the text's own reading
        # ("Airteagal 17 de Rialachán (AE) 2016/679", "art. 27 ust. 2 dyrektywy 2004/38/WE")
        lines = Spans(
            [*((c.start, c.end) for c in self.added), *((c.start, c.end) for c in self.named)]
        )
        for c in found:
            if not self.overlaps.overlap(c.start, c.end) and not lines.overlap(c.start, c.end):
                self.added.append(c)

    def result(self) -> list[Citation]:
        if not self.added:
            return self.citations
        kept = [
            c
            for c in self.citations
            if (c.key, c.start, c.end) not in self.completing
            and (c.start, c.end) not in self.replaced
        ]
        return sorted([*kept, *self.added], key=lambda c: (c.start, c.end))
