"""HTML as a reader sees it: the decoded text of a page, with runs back into its source.

The stdlib :class:`html.parser.HTMLParser` with ``convert_charrefs=False``
reports text, entities and tags separately, each at a known position, so the
text a reader sees (the *decoded* text) can be built together with *runs*
that map it back to the source: a text run maps character for character, an
entity run maps as a whole, a separator run stands for a block boundary and
has no source.  Script, style, title, template, textarea, ``<sup>`` footnote
markers, comments, tags and attributes are not part of the decoded text.

Parsers that build a tree (lxml, BeautifulSoup, selectolax) all rewrite the
document when they write it back; mapping runs lets ``link`` splice ``<a>``
tags into the source and leave every other byte alone.
"""

from __future__ import annotations

import bisect
import html
import re
from html.parser import HTMLParser

from .formats import ATOM, SEPARATOR, TEXT, WRAPPABLE_TAGS, VisibleText, _stripped
from .inputs import decode

# Text read as prose but never linked: existing links.
PROTECTED_TAGS = frozenset({"a"})
# Code is not prose (issue 15: extract read citations in <code>, link skipped them).
CODE_TAGS = frozenset({"code", "pre", "kbd", "samp", "var", "tt"})
# Text that is not prose at all: it is left out of the decoded text.
HIDDEN_TAGS = frozenset({"script", "style", "title", "textarea", "template", "sup"}) | CODE_TAGS
# Tags that end a word; without a separator "<p>Article 3</p><p>TEU" would
# read as one citation.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "body",
        "head",
        "html",
        "img",
        "col",
        "colgroup",
        "option",
        "select",
        "button",
        "label",
        "input",
    }
)
_START, _END, _STARTEND, _OTHER = 0, 1, 2, 3

# Simple HTML as html.parser reads it (CPython 3.11's parser: its tag, attribute,
# reference and comment patterns, of which these accept a part). Between text runs
# (up to the next "<" or "&"): start tags whose attributes are name="value",
# name='value', name=value (no "/" in it, white space or ">" after it) or a bare
# name, set apart by ASCII white space; end tags; references that end in ";" or in
# a character no name holds (the parser's own test); a lone "&"; comments with no
# "--" inside; a doctype. Anything else (a stray "<", script or style with their
# raw content, processing instructions, odd tags) is the parser's to read: a page
# is read by this table only when it is all such tokens. The parser walks its input
# in Python with a pattern per construct and per stretch of text: the table (text
# runs found by str.find, one match per tag) reads a page in a third of its time.
_MARKUP = re.compile(
    r"""
    <([a-zA-Z][a-zA-Z0-9]*)
      (?:[ \t\n\r\f]+[a-zA-Z_:][-a-zA-Z0-9_:.]*
         (?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"<>]*"|'[^'<>]*'|[^ \t\n\r\f"'=<>`/]+(?=[ \t\n\r\f>])))?
      )*[ \t\n\r\f]*/?>
    | </([a-zA-Z][a-zA-Z0-9]*)[ \t\n\r\f]*>
    | &([a-zA-Z][-.a-zA-Z0-9]*)(?=[^a-zA-Z0-9]);?
    | &\#([0-9]+|[xX][0-9a-fA-F]+)(?=[^0-9a-fA-F]);?
    | (&)(?![a-zA-Z\#])
    | (<!--(?!-?>)(?:[^<>-]|-(?!-))*-->)
    | (<![dD][oO][cC][tT][yY][pP][eE][^<>]*>)
    """,
    re.VERBOSE,
)
_DATA, _START_TAG, _ENDTAG, _ENTITY, _CHARREF, _AMP, _COMMENT = range(7)
# Elements whose content the parser reads raw, up to their end tag.
_CDATA = frozenset({"script", "style"})


def _simple_tokens(source: str) -> list[tuple[int, int, int, str]] | None:
    """The tokens of ``source`` (kind, start, end, name) if it is simple HTML (see
    _MARKUP), else None."""
    tokens: list[tuple[int, int, int, str]] = []
    n = len(source)
    lt = _next(source, "<", 0, n)
    amp = _next(source, "&", 0, n)
    at = 0
    match = _MARKUP.match
    while at < n:
        markup = lt if lt < amp else amp
        if at < markup:
            tokens.append((_DATA, at, markup, ""))
            at = markup
            if at == n:
                break
        m = match(source, at)
        if m is None:
            return None
        kind = m.lastindex or 0
        name = m[kind]
        if kind == _START_TAG and name.lower() in _CDATA:
            return None
        tokens.append((kind, at, m.end(), name))
        at = m.end()
        if lt < at:
            lt = _next(source, "<", at, n)
        if amp < at:  # an "&" inside an attribute's value
            amp = _next(source, "&", at, n)
    return tokens


def _next(source: str, ch: str, start: int, n: int) -> int:
    found = source.find(ch, start)
    return n if found < 0 else found


class HtmlText(VisibleText):
    """The decoded text of an HTML source and the runs that map it back.

    ``text`` is what the extractor reads.  :meth:`segments` maps a span of
    ``text`` to source spans that can each be wrapped in ``<a>``.
    """

    def __init__(self, source: str) -> None:
        super().__init__(source)
        scanner = _Scanner(source, self)
        if not scanner.feed_simple(source):
            scanner.feed(source)
            scanner.close()
        self._tag_starts = scanner.tag_starts
        self._tags = scanner.tags

    def segments(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Source spans for the decoded span ``[start, end)``, in order.

        ``None`` when part of the span lies in protected text (an existing
        link, code): such a citation is left alone as a whole.  Spans that are
        separated only by balanced inline tags come back merged into one.
        """
        pieces = self._pieces_of(start, end)
        if pieces is None:
            return None
        spans = [(p[0], p[1]) for p in pieces]
        if (
            len(pieces) > 1
            and not any(p[2] for p in pieces[1:])
            and self._balanced(spans[0][0], spans[-1][1])
        ):
            spans = [(spans[0][0], spans[-1][1])]
        return _stripped(self.source, spans)

    def _balanced(self, start: int, end: int) -> bool:
        """Whether the tags in source ``[start, end)`` are wrappable and balanced."""
        lo = bisect.bisect_left(self._tag_starts, start)
        hi = bisect.bisect_left(self._tag_starts, end)
        stack: list[str] = []
        for kind, name in self._tags[lo:hi]:
            if name not in WRAPPABLE_TAGS or kind == _OTHER:
                return False
            if kind == _START:
                stack.append(name)
            elif kind == _END and (not stack or stack.pop() != name):
                return False
        return not stack


class _Scanner(HTMLParser):
    """Collects decoded text runs, with their source offsets, and the tags."""

    def __init__(self, source: str, into: VisibleText) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._into = into
        self._at = 0  # the source offset the parser has reached (see updatepos)
        self.tag_starts: list[int] = []
        self.tags: list[tuple[int, str]] = []
        # Depth counters, not a scan of an element stack: unclosed <p>s made
        # the stack version quadratic.
        self._protected_depth = 0
        self._hidden_depth = 0

    def updatepos(self, i: int, j: int) -> int:
        # The parser reports every stretch of its input it consumes, once and in order
        # (i is where it stands): the offset in the source is the sum of the stretches.
        # Its own line and column count (the line breaks of each stretch, turned back
        # into an offset by a table of line starts) was a tenth of reading a page.
        if i < j:
            self._at += j - i
        return j

    def _run(self, decoded: str, src_start: int, src_end: int, kind: int) -> None:
        self._into.add(decoded, src_start, src_end, kind, self._protected_depth > 0)

    def _tag(self, kind: int, name: str) -> int:
        pos = self._at
        self.tag_starts.append(pos)
        self.tags.append((kind, name))
        return pos

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos = self._tag(_START, tag)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, SEPARATOR)
        if tag in HIDDEN_TAGS:
            if not self._hidden_depth:
                self._run(" ", pos, pos, SEPARATOR)
            self._hidden_depth += 1
        elif tag in PROTECTED_TAGS:
            self._protected_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos = self._tag(_STARTEND, tag)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, SEPARATOR)

    def handle_endtag(self, tag: str) -> None:
        pos = self._tag(_END, tag)
        if tag in HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in PROTECTED_TAGS:
            self._protected_depth = max(0, self._protected_depth - 1)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, SEPARATOR)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        pos = self._at  # a run of text per stretch of it: called most, kept short
        self._into.add(data, pos, pos + len(data), TEXT, self._protected_depth > 0)

    def _reference(self, prefix: str, name: str) -> None:
        pos = self._at
        end = pos + len(prefix) + len(name)
        if self._source.startswith(";", end):
            end += 1
        if self._hidden_depth:
            return
        raw = self._source[pos:end]
        self._run(html.unescape(raw), pos, end, ATOM)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    def feed_simple(self, source: str) -> bool:
        """Read ``source`` as the parser would when it is simple HTML (see _MARKUP):
        the same calls of the handlers above at the same offsets. False, with nothing
        read, when some of it is not: the parser then reads it all."""
        tokens = _simple_tokens(source)
        if tokens is None:
            return False
        for kind, start, end, name in tokens:
            self._at = start
            if kind == _DATA:
                self.handle_data(source[start:end])
            elif kind == _START_TAG:
                if source[end - 2] == "/":
                    self.handle_startendtag(name.lower(), [])
                else:
                    self.handle_starttag(name.lower(), [])
            elif kind == _ENDTAG:
                self.handle_endtag(name.lower())
            elif kind == _ENTITY:
                self.handle_entityref(name)
            elif kind == _CHARREF:
                self.handle_charref(name)
            elif kind == _AMP:
                self.handle_data("&")
            elif kind == _COMMENT:
                self.handle_comment("")
            else:
                self.handle_decl("")
        self._at = len(source)
        return True

    def handle_comment(self, data: str) -> None:
        self._tag(_OTHER, "!--")

    def handle_decl(self, decl: str) -> None:
        self._tag(_OTHER, "!")

    def handle_pi(self, data: str) -> None:
        self._tag(_OTHER, "?")

    def unknown_decl(self, data: str) -> None:
        self._tag(_OTHER, "![")


def read_html(data: bytes, name: str) -> HtmlText:
    return HtmlText(decode(data, name))
