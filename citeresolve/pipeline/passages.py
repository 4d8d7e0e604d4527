"""Lines written in another language inside a text: an English abstract in a Greek
thesis ("… founded on Article 102 of the TFEU …"), an English headnote on an Irish
page ("Second subparagraph of Article 19(1) TEU").

The text's own grammar cannot read them (a Greek chain has no "of the"). A line that
holds an article word of one of the languages of ``data/passages.toml`` right before
a number, and whose citation vocabulary is that language's (the same measure as the
language guess of :func:`extract`), is read with that language's grammar too; what it
finds is added where the text's own reading found nothing. A text whose body is that
language (an Irish page of an act never translated) is also read whole in it, so that
"Article 189c of the Treaty" finds the Treaty its visa named lines before.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import attrs
import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation, load
from ..model.citation import Citation
from ..model.parts import Spans

# A line read in a language: (line, language) -> (its citations, the instrument names
# that only completed an article reference there).
Reader = Callable[[str, str], tuple[list[Citation], list[Citation]]]
Detector = Callable[[str, str], str]


@functools.cache
def _article_words(code: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in load(code).articles["article"])


@functools.cache
def _searches(code: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """(language, pattern of its article word before a number) for every passage
    language whose article words the text's language does not share."""
    own = _article_words(code)
    out = []
    for other in table("passages.toml")["languages"]:
        # A whole word both languages write ("Article" in a French text) is searched
        # too: an English keyword line in a French judgment ("… – Article 1(3) and
        # Article 3 – …"); the line's vocabulary decides. Abbreviations shared by many
        # languages ("Art.") are not: they stand in every German line.
        words = [
            w
            for w in load(other).articles["article"]
            if w.casefold() not in own or not w.endswith(".")
        ]
        if other == code or not words:
            continue
        # Capitalised or not as the language file writes them; a number must follow.
        out.append((other, compile_pattern(rf"{alternation(words)}[ \u00a0]*\(?\d")))
    return tuple(out)


def with_passages(
    text: str, code: str, citations: list[Citation], read: Reader, detect: Detector
) -> list[Citation]:
    """``citations`` of ``text`` (read in ``code``), with those of its lines written in
    a passage language that no citation of ``citations`` overlaps, in text order; a
    name that only completes an article there ("Article 176 of Council Directive
    2006/112/EC") is no longer cited whole."""
    merged = _Merged(citations)
    for other, pattern in _searches(code):
        start, searched, done = 0, 0, -1
        for m in pattern.finditer(text):
            # Matches come in text order: the line start is searched for back to the last
            # match only (before it, the line start found then), so that a long line
            # with many matches stays linear.
            start = text.rfind("\n", searched, m.start()) + 1 or start
            searched = m.start()
            if start == done:
                continue  # its line was read
            done = start
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            line = text[start:end]
            if detect(line, code) != other:
                continue
            found, named = read(line, other)
            merged.completing.update((c.key, c.start + start, c.end + start) for c in named)
            merged.add_line(found, start, end)
        if done >= 0 and detect(text, code) == other:
            # a page of the text's language whose body is the other's (an Irish EUR-Lex
            # page of an act never translated): read whole too, so that "Article 189c of
            # the Treaty" finds the Treaty its visa named lines before
            merged.add_unread(read(text, other)[0])
    return merged.result()


class _Merged:
    """The text's own citations and what the lines read in their language add."""

    def __init__(self, citations: list[Citation]):
        self.citations = citations
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
            shifted = attrs.evolve(c, start=c.start + start, end=c.end + start)
            span = (shifted.start, shifted.end)
            if not self.overlaps.overlap(*span):
                self.added.append(shifted)
            elif self.own.get(span, c.key) != c.key and c.instrument not in seen:
                # the same words read in the line's own language name an instrument the
                # text's reading did not see ("– Charter of … – Articles 7, 8 and 11"):
                # the line's language knows the name, the text's gave the articles to
                # the act before it
                self.replaced.add(span)
                self.added.append(shifted)

    def add_unread(self, found: list[Citation]) -> None:
        """Adds the citations ``found`` in the whole text where neither the text's own
        reading nor a line's found anything."""
        lines = Spans((c.start, c.end) for c in self.added)
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
