"""Links in Markdown, spliced into the source as ``[surface](url "label")``.

markdown-it-py gives the block structure with line maps, but inline tokens
carry no offsets.  So each inline rule is wrapped to record the stretch of
the block's inline content it consumed (``state.pos`` before and after): code
spans, links, images, autolinks and inline HTML become *protected* stretches,
emphasis delimiters become *separators*, everything else is linkable text.
The inline content of a block is its source lines with the container
prefixes ("> ", "- ", indentation) cut off, so each content line is found in
its source line and the stretches are mapped back line by line.

Fenced and indented code, link reference definitions and front matter have
no inline tokens, so nothing in them is ever linkable; HTML blocks are linked
as HTML by :mod:`citeresolve.link_html`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .link_html import PROTECTED_TAGS, html_splices
from .link_splice import Splice, Target, strip_span

_PROTECTED_RULES = frozenset({"backticks", "link", "image", "autolink", "linkify"})
_SEPARATOR_RULES = frozenset({"emphasis", "strikethrough"})
# Inline HTML elements whose content is never linked: as in HTML, plus <sup>
# footnote markers, which Markdown converters of EP texts leave as HTML.
_PROTECTED_HTML = PROTECTED_TAGS | {"sup", "sub", "script", "style", "textarea"}
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
_NEWLINE = re.compile(r"\r\n?|\n")
_RECORDS = "citeresolve_inline_records"


def _recording(name: str, rule: Callable[[StateInline, bool], bool]) -> Any:
    def wrapped(state: StateInline, silent: bool) -> bool:
        start = state.pos
        ok = rule(state, silent)
        if ok and not silent:
            records = state.env.get(_RECORDS)
            if records is not None:
                records.append((name, start, state.pos))
        return ok

    return wrapped


def _inline_with_records(state: StateCore) -> None:
    """The core ``inline`` rule, keeping each block's records in its token's meta."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            records: list[tuple[str, int, int]] = []
            state.env[_RECORDS] = records
            state.md.inline.parse(token.content, state.md, state.env, token.children)
            token.meta["citeresolve"] = records
    state.env.pop(_RECORDS, None)


@functools.cache
def parser() -> MarkdownIt:
    """CommonMark plus GFM tables and strikethrough, with recording inline rules."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for rule in md.inline.ruler.get_all_rules():
        md.inline.ruler.at(rule, _recording(rule, _rule_fn(md, rule)))
    md.core.ruler.at("inline", _inline_with_records)
    return md


def _rule_fn(md: MarkdownIt, name: str) -> Callable[[StateInline, bool], bool]:
    for rule in md.inline.ruler.__rules__:
        if rule.name == name:
            fn: Callable[[StateInline, bool], bool] = rule.fn
            return fn
    raise KeyError(name)


class MarkdownText:
    """Where linkable text and protected stretches lie in a Markdown source."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.html_blocks: list[tuple[int, int]] = []
        self._line_starts, self._line_ends = _lines(source)
        linkable: list[tuple[int, int]] = []
        protected: list[tuple[int, int]] = []
        cursors: dict[int, int] = {}
        tokens = parser().parse(source)
        in_cell = False
        for token in tokens:
            if token.type in ("td_open", "th_open"):
                in_cell = True
            elif token.type in ("td_close", "th_close"):
                in_cell = False
            elif token.type == "html_block" and token.map:
                first, last = token.map[0], token.map[1] - 1
                self.html_blocks.append((self._line_starts[first], self._line_ends[last]))
            elif token.type == "inline" and token.map:
                self._map_inline(token, in_cell, cursors, linkable, protected)
        self._linkable = linkable
        self._linkable_starts = [s for s, _ in linkable]
        protected.sort()
        self._protected = protected
        self._protected_starts = [s for s, _ in protected]
        # The furthest end among the first i protected stretches: one bisect
        # then tells whether any stretch that starts before a span's end reaches into it.
        reach, furthest = [], 0
        for _, e in protected:
            furthest = max(furthest, e)
            reach.append(furthest)
        self._protected_reach = reach

    def _map_inline(
        self,
        token: Token,
        in_cell: bool,
        cursors: dict[int, int],
        linkable: list[tuple[int, int]],
        protected: list[tuple[int, int]],
    ) -> None:
        assert token.map is not None
        content = token.content
        records: list[tuple[str, int, int]] = token.meta.get("citeresolve", [])
        # Content offset -> source offset, one entry per content line.
        line_map: list[tuple[int, int, int]] = []  # (content start, content end, source start)
        c_start = 0
        for k, line in enumerate(content.split("\n")):
            number = token.map[0] + k
            if number >= len(self._line_starts):
                return
            row_start, row_end = self._line_starts[number], self._line_ends[number]
            if in_cell:  # cells share a row: search from where the last cell ended
                pos = self.source.find(line, cursors.get(number, row_start), row_end)
            else:
                pos = self.source.rfind(line, row_start, row_end)
            if pos < 0:
                return  # tabs expanded, NULs replaced …: leave this block unlinked
            if in_cell:
                cursors[number] = pos + len(line)
            line_map.append((c_start, c_start + len(line), pos))
            c_start += len(line) + 1

        closed, separators = _classify(content, records)
        for c0, c1 in closed:
            protected.extend(_to_source(line_map, c0, c1))
        blocked = sorted(closed + separators)
        for c0, c1 in _complement(blocked, len(content)):
            linkable.extend(_to_source(line_map, c0, c1))

    def segments(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Linkable source spans inside ``[start, end)``; ``None`` if any of it is protected."""
        i = bisect.bisect_left(self._protected_starts, end) - 1
        if i >= 0 and self._protected_reach[i] > start:
            return None
        j = max(0, bisect.bisect_right(self._linkable_starts, start) - 1)
        spans: list[list[int]] = []
        while j < len(self._linkable) and self._linkable[j][0] < end:
            s, e = max(start, self._linkable[j][0]), min(end, self._linkable[j][1])
            if s < e:
                if spans and not self.source[spans[-1][1] : s].strip():
                    spans[-1][1] = e  # only white space (a line break) between: one link
                else:
                    spans.append([s, e])
            j += 1
        stripped = [strip_span(self.source, s, e) for s, e in spans]
        return [(s, e) for s, e in stripped if s < e]


def _lines(source: str) -> tuple[list[int], list[int]]:
    """Start and end (before the line break) of every line, as markdown-it counts them."""
    starts, ends = [0], []
    for match in _NEWLINE.finditer(source):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(source))
    return starts, ends


def _classify(
    content: str, records: list[tuple[str, int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Protected and separator stretches of one block's inline content."""
    protected: list[tuple[int, int]] = []
    separators: list[tuple[int, int]] = []
    html_depth = 0
    html_open_at = 0
    for name, start, end in sorted(records, key=lambda r: (r[1], -r[2])):
        if name in _PROTECTED_RULES:
            protected.append((start, end))
        elif name in _SEPARATOR_RULES:
            separators.append((start, end))
        elif name == "html_inline":
            separators.append((start, end))
            tag = _HTML_TAG.match(content, start)
            if tag is None or tag.group(2).lower() not in _PROTECTED_HTML:
                continue
            if tag.group(1):  # a closing tag
                if html_depth:
                    html_depth -= 1
                    if not html_depth:
                        protected.append((html_open_at, end))
            elif not content[start:end].endswith("/>"):
                if not html_depth:
                    html_open_at = start
                html_depth += 1
    if html_depth:
        protected.append((html_open_at, len(content)))
    return protected, separators


def _complement(blocked: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    free: list[tuple[int, int]] = []
    pos = 0
    for start, end in blocked:
        if start > pos:
            free.append((pos, start))
        pos = max(pos, end)
    if pos < length:
        free.append((pos, length))
    return free


def _to_source(line_map: list[tuple[int, int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Source spans of content ``[start, end)``, cut at line ends."""
    spans = []
    for c0, c1, src in line_map:
        s, e = max(start, c0), min(end, c1)
        if s < e:
            spans.append((src + s - c0, src + e - c0))
        if c0 >= end:
            break
    return spans


# ----------------------------------------------------------------- link syntax

_UNESCAPED_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)([\[\]])")


def escape_link_text(surface: str) -> str:
    """``surface`` safe inside ``[…]``: unescaped brackets get a backslash.

    Parentheses need no escape in link text (CommonMark §6.3) and are left
    as they are, so the visible surface keeps its source bytes.
    """
    return _UNESCAPED_BRACKET.sub(r"\1\\\2", surface)


def escape_destination(url: str) -> str:
    """``url`` safe as a link destination: parentheses escaped, spaces encoded."""
    return (
        url.replace("\\", "%5C")
        .replace(" ", "%20")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace("(", r"\(")
        .replace(")", r"\)")
    )


def escape_title(label: str) -> str:
    return label.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def markdown_link(surface: str, target: Target) -> str:
    return (
        f"[{escape_link_text(surface)}]"
        f'({escape_destination(target.url)} "{escape_title(target.label)}")'
    )


def linkable_surface(surface: str) -> bool:
    """A surface ending in an odd run of backslashes would escape the closing ``]``."""
    trailing = len(surface) - len(surface.rstrip("\\"))
    return trailing % 2 == 0


def markdown_splices(
    source: str,
    targets_for: Callable[[str], list[Target]],
    css_class: str | None,
) -> list[Splice]:
    """Splices that link every target in Markdown ``source``."""
    layout = MarkdownText(source)
    splices: list[Splice] = []
    for target in targets_for(source):
        for s, e in layout.segments(target.start, target.end) or ():
            surface = source[s:e]
            if linkable_surface(surface):
                splices.append(Splice(s, e, markdown_link(surface, target)))
    for start, end in layout.html_blocks:
        splices += html_splices(source[start:end], targets_for, css_class, offset=start)
    return splices
