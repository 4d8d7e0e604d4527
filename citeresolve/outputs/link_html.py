"""Links in HTML, spliced into the source without re-serialising it.

The stdlib :class:`html.parser.HTMLParser` with ``convert_charrefs=False``
reports text, entities and tags separately, each at a known position, so the
text a reader sees (the *decoded* text) can be built together with *runs*
that map it back to the source: a text run maps character for character, an
entity run maps as a whole, a separator run stands for a block boundary and
has no source.  Citations are found in the decoded text and their spans are
mapped back through the runs with a bisect (a per-character table was
measured to be five times slower).

Parsers that build a tree (lxml, BeautifulSoup, selectolax) all rewrite the
document when they write it back: quoted attributes, decoded entities, added
end tags.  Splicing leaves every byte outside the inserted ``<a>`` tags alone.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

from .link_splice import Splice, Target, strip_span

# Text read as prose but never linked: existing links, code, footnote markers.
PROTECTED_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "var", "tt"})
# Text that is not prose at all: it is left out of the decoded text.
HIDDEN_TAGS = frozenset({"script", "style", "title", "textarea", "template", "sup"})
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
# Inline formatting that may sit inside one <a> (phrasing content): a citation
# across "Regulation <i>(EU)</i> 2016/679" then becomes a single link.
WRAPPABLE_TAGS = frozenset(
    {
        "i",
        "b",
        "em",
        "strong",
        "span",
        "u",
        "small",
        "abbr",
        "cite",
        "dfn",
        "mark",
        "s",
        "font",
        "bdi",
        "bdo",
        "time",
        "data",
        "ins",
        "del",
        "q",
    }
)

_TEXT, _ENTITY, _SEPARATOR = 0, 1, 2
_START, _END, _STARTEND, _OTHER = 0, 1, 2, 3


class HtmlText:
    """The decoded text of an HTML source and the runs that map it back.

    ``text`` is what the extractor reads.  :meth:`segments` maps a span of
    ``text`` to source spans that can each be wrapped in ``<a>``.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        scanner = _Scanner(source)
        scanner.feed(source)
        scanner.close()
        self.text = "".join(scanner.decoded)
        self._dec_starts = scanner.dec_starts
        self._src_starts = scanner.src_starts
        self._src_ends = scanner.src_ends
        self._kinds = scanner.kinds
        self._protected = scanner.protected
        self._tag_starts = scanner.tag_starts
        self._tags = scanner.tags

    def _run_end(self, i: int) -> int:
        return self._dec_starts[i + 1] if i + 1 < len(self._dec_starts) else len(self.text)

    def segments(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Source spans for the decoded span ``[start, end)``, in order.

        ``None`` when part of the span lies in protected text (an existing
        link, code): such a citation is left alone as a whole.  Spans that are
        separated only by balanced inline tags come back merged into one.
        """
        i = bisect.bisect_right(self._dec_starts, start) - 1
        pieces: list[list[int]] = []
        broken = False  # a block boundary since the last piece: never merge across it
        while i < len(self._dec_starts) and self._dec_starts[i] < end:
            if self._protected[i]:
                return None
            kind = self._kinds[i]
            if kind == _SEPARATOR:
                broken = True
                i += 1
                continue
            d0 = self._dec_starts[i]
            if kind == _TEXT:
                s = self._src_starts[i] + max(start, d0) - d0
                e = self._src_starts[i] + min(end, self._run_end(i)) - d0
            else:
                s, e = self._src_starts[i], self._src_ends[i]
            if pieces and not broken and pieces[-1][1] == s:
                pieces[-1][1] = e
            else:
                pieces.append([s, e, int(broken)])
            broken = False
            i += 1
        spans = [(p[0], p[1]) for p in pieces]
        if (
            len(pieces) > 1
            and not any(p[2] for p in pieces[1:])
            and self._balanced(spans[0][0], spans[-1][1])
        ):
            spans = [(spans[0][0], spans[-1][1])]
        stripped = [strip_span(self.source, s, e) for s, e in spans]
        return [(s, e) for s, e in stripped if s < e]

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

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        starts = [0]
        pos = source.find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = source.find("\n", pos + 1)
        self._line_starts = starts
        self.decoded: list[str] = []
        self.dec_starts: list[int] = []
        self.src_starts: list[int] = []
        self.src_ends: list[int] = []
        self.kinds: list[int] = []
        self.protected: list[bool] = []
        self.tag_starts: list[int] = []
        self.tags: list[tuple[int, str]] = []
        self._length = 0
        # Depth counters, not a scan of an element stack: unclosed <p>s made
        # the stack version quadratic.
        self._protected_depth = 0
        self._hidden_depth = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _run(self, decoded: str, src_start: int, src_end: int, kind: int) -> None:
        self.decoded.append(decoded)
        self.dec_starts.append(self._length)
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.kinds.append(kind)
        self.protected.append(self._protected_depth > 0 and kind != _SEPARATOR)
        self._length += len(decoded)

    def _tag(self, kind: int, name: str) -> int:
        pos = self._offset()
        self.tag_starts.append(pos)
        self.tags.append((kind, name))
        return pos

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos = self._tag(_START, tag)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, _SEPARATOR)
        if tag in HIDDEN_TAGS:
            if not self._hidden_depth:
                self._run(" ", pos, pos, _SEPARATOR)
            self._hidden_depth += 1
        elif tag in PROTECTED_TAGS:
            self._protected_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pos = self._tag(_STARTEND, tag)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, _SEPARATOR)

    def handle_endtag(self, tag: str) -> None:
        pos = self._tag(_END, tag)
        if tag in HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in PROTECTED_TAGS:
            self._protected_depth = max(0, self._protected_depth - 1)
        if tag in BLOCK_TAGS and not self._hidden_depth:
            self._run("\n", pos, pos, _SEPARATOR)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        pos = self._offset()
        self._run(data, pos, pos + len(data), _TEXT)

    def _reference(self, prefix: str, name: str) -> None:
        pos = self._offset()
        end = pos + len(prefix) + len(name)
        if self._source.startswith(";", end):
            end += 1
        if self._hidden_depth:
            return
        raw = self._source[pos:end]
        self._run(html.unescape(raw), pos, end, _ENTITY)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    def handle_comment(self, data: str) -> None:
        self._tag(_OTHER, "!--")

    def handle_decl(self, decl: str) -> None:
        self._tag(_OTHER, "!")

    def handle_pi(self, data: str) -> None:
        self._tag(_OTHER, "?")

    def unknown_decl(self, data: str) -> None:
        self._tag(_OTHER, "![")


def open_tag(target: Target, css_class: str | None) -> str:
    """The ``<a …>`` start tag for ``target``; every attribute value is escaped."""
    attrs = [f'href="{html.escape(target.url)}"', f'title="{html.escape(target.label)}"']
    if css_class:
        attrs.append(f'class="{html.escape(css_class)}"')
    attrs.append(f'data-citeresolve-key="{html.escape(target.key)}"')
    return f"<a {' '.join(attrs)}>"


def html_splices(
    source: str,
    targets_for: Callable[[str], list[Target]],
    css_class: str | None,
    offset: int = 0,
) -> list[Splice]:
    """Splices that link every target found in the text of HTML ``source``.

    ``targets_for`` gets the decoded text and returns the targets in it;
    ``offset`` is added to every splice (for an HTML block inside Markdown).
    """
    decoded = HtmlText(source)
    splices: list[Splice] = []
    for target in targets_for(decoded.text):
        segments = decoded.segments(target.start, target.end)
        if not segments:
            continue
        start_tag = open_tag(target, css_class)
        for s, e in segments:
            splices.append(Splice(offset + s, offset + e, f"{start_tag}{source[s:e]}</a>"))
    return splices


# One of our links: the start tag carries data-citeresolve-key, the content
# never holds another <a> (nothing inside an <a> is ever linked).
_OUR_LINK = re.compile(
    r"<a\s[^>]*?\bdata-citeresolve-key=\"[^\"]*\"[^>]*>(?P<content>.*?)</a>", re.DOTALL
)


def unlink_html(source: str) -> str:
    """``source`` without the links that :func:`citeresolve.link` inserted."""
    return _OUR_LINK.sub(lambda m: m.group("content"), source)
