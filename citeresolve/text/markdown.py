"""Markdown as a reader sees it: the text of every block, with runs back into the source.

markdown-it-py gives the block structure with line maps, but inline tokens
carry no offsets.  So each inline rule is wrapped to record the stretch of
the block's inline content it consumed (``state.pos`` before and after), and
a rule after emphasis matching records which delimiter characters really
became emphasis (``P9_TA(2021)0056`` has an underscore that stays text).
Each stretch of a block's inline content is then *visible* (prose),
*visible but protected* (the text of an existing link: read, never linked)
or *hidden* (link destinations and titles, code spans, images, autolinks,
HTML tags, comments, emphasis delimiters).  The inline content of a block is
its source lines with the container prefixes ("> ", "- ", indentation) cut
off, so each content line is found in its source line and the stretches are
mapped back line by line.

Fenced and indented code, link reference definitions and front matter have
no inline tokens, so nothing in them is visible; HTML blocks are read as HTML
(:mod:`citeresolve.text.html`).  Blocks are separated by a blank line in the
visible text, so a reference never runs from one block into the next.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .formats import SEPARATOR, TEXT, WRAPPABLE_TAGS, InputFormat, VisibleText, register
from .inputs import decode
from .markdown_simple import Block, simple_blocks

if TYPE_CHECKING:
    # markdown-it-py is imported by parser(), on the first Markdown document: every
    # command registers this format, and a plain-text run must not pay for it.
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

_RECORDS = "citeresolve_inline_records"
_SOURCE = "citeresolve_inline_source"
_NEWLINE = re.compile(r"\r\n?|\n")
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")

# What each stretch is, painted over the block's inline content in this order.
_VISIBLE, _PROTECTED, _HIDDEN, _HIDDEN_GAP = 0, 1, 2, 3
# Inline rules whose whole stretch a reader does not see as prose.
_HIDDEN_RULES = frozenset({"backticks", "image", "autolink", "linkify"})
_DELIMITER_RULES = frozenset({"emphasis", "strikethrough"})
# Inline HTML elements whose content a reader does not see as prose (footnote
# markers as Markdown converters of EP texts leave them, code, scripts) and
# whose content is read but never linked (an existing link).
_HIDDEN_HTML = frozenset(
    {"sup", "sub", "script", "style", "textarea", "code", "pre", "kbd", "samp", "var", "tt"}
)
_LINK_HTML = frozenset({"a"})


def _recording(name: str, rule: Callable[[StateInline, bool], bool]) -> Any:
    def wrapped(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if name in _DELIMITER_RULES and not silent and state.pending:
            # Pending text becomes a token at the rule's first push: flush it now,
            # so that the rule's own tokens start at first_token.
            state.pushPending()
        first_token = len(state.tokens)
        label_end = -1
        if name == "link" and not silent and state.src[start : start + 1] == "[":
            # Where the link text ends, found as the link rule itself finds it.
            label_end = state.md.helpers.parseLinkLabel(state, start, True)
        ok = rule(state, silent)
        if ok and not silent and state.src is state.env.get(_SOURCE):
            records = state.env.get(_RECORDS)
            if records is not None:
                lengths = [len(t.content) for t in state.tokens[first_token:]]
                records.append([name, start, state.pos, label_end, first_token, lengths, None])
        return ok

    return wrapped


def _mark_delimiters(state: StateInline) -> None:
    """After emphasis matching, before text tokens are joined: which characters
    of each delimiter run became emphasis markup (the others stay text)."""
    if state.src is not state.env.get(_SOURCE):
        return
    for record in state.env.get(_RECORDS) or ():
        name, start, _, _, first_token, lengths, _ = record
        if name not in _DELIMITER_RULES:
            continue
        markup: list[tuple[int, int]] = []
        pos = start
        for token, length in zip(state.tokens[first_token:], lengths, strict=False):
            if not (token.type == "text" and token.content):
                markup.append((pos, pos + length))
            pos += length
        record[6] = markup


def _inline_with_records(state: StateCore) -> None:
    """The core ``inline`` rule, keeping each block's records in its token's meta."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            records: list[list[Any]] = []
            state.env[_RECORDS] = records
            state.env[_SOURCE] = token.content
            state.md.inline.parse(token.content, state.md, state.env, token.children)
            token.meta["citeresolve"] = records
    state.env.pop(_RECORDS, None)
    state.env.pop(_SOURCE, None)


@functools.cache
def parser() -> MarkdownIt:
    """CommonMark plus GFM tables and strikethrough, with recording inline rules."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for rule in md.inline.ruler.get_all_rules():
        md.inline.ruler.at(rule, _recording(rule, _rule_fn(md, rule)))
    md.inline.ruler2.before("fragments_join", "citeresolve_delimiters", _mark_delimiters)
    md.core.ruler.at("inline", _inline_with_records)
    return md


def _rule_fn(md: MarkdownIt, name: str) -> Callable[[StateInline, bool], bool]:
    for rule in md.inline.ruler.__rules__:
        if rule.name == name:
            fn: Callable[[StateInline, bool], bool] = rule.fn
            return fn
    raise KeyError(name)


class MarkdownText(VisibleText):
    """The visible text of a Markdown source (see the module docstring).

    A draft of the plain shapes :mod:`citeresolve.text.markdown_simple` reads is read
    without the parser (the same blocks, so the same text); ``parse=True`` always
    runs the parser."""

    def __init__(self, source: str, *, parse: bool = False) -> None:
        super().__init__(source)
        self.html_blocks: list[tuple[int, int]] = []  # source spans read as HTML
        self._line_starts, self._line_ends = _lines(source)
        cursors: dict[int, int] = {}
        in_cell = False
        blocks = None if parse else simple_blocks(source, self._line_starts, self._line_ends)
        tokens: Sequence[Token | Block] = parser().parse(source) if blocks is None else blocks
        for token in tokens:
            if token.type in ("td_open", "th_open"):
                in_cell = True
            elif token.type in ("td_close", "th_close"):
                in_cell = False
            elif token.type == "html_block" and token.map:
                first, last = token.map[0], token.map[1] - 1
                self._html_block(self._line_starts[first], self._line_ends[last])
            elif token.type == "inline" and token.map:
                self._inline(token, in_cell, cursors)

    def _block_break(self) -> None:
        if self.dec_starts:
            end = self.src_ends[-1]
            self.add("\n\n", end, end, SEPARATOR)

    def _html_block(self, start: int, end: int) -> None:
        from .html import HtmlText  # the HTML parser only for a document with HTML blocks

        self._block_break()
        self.html_blocks.append((start, end))
        block = HtmlText(self.source[start:end])
        for i, d0 in enumerate(block.dec_starts):
            d1 = block.dec_starts[i + 1] if i + 1 < len(block.dec_starts) else len(block.text)
            self.add(
                block.text[d0:d1],
                start + block.src_starts[i],
                start + block.src_ends[i],
                block.kinds[i],
                block.protected[i],
            )

    def _inline(self, token: Token | Block, in_cell: bool, cursors: dict[int, int]) -> None:
        assert token.map is not None
        content = token.content
        line_map = self._line_map(token, in_cell, cursors)
        if line_map is None:
            return  # tabs expanded, NULs replaced …: this block is not read
        marks = bytearray(len(content))  # _VISIBLE everywhere, then painted over
        _paint(marks, content, token.meta.get("citeresolve", []))
        self._block_break()
        last_line = -1
        for m in re.finditer(rb"\x00+|\x01+|[\x02\x03]+", bytes(marks)):
            kind = m.group()[0]
            c0, c1 = m.span()
            if kind >= _HIDDEN:
                if kind == _HIDDEN_GAP:
                    src = self._to_source(line_map, c0)
                    self.add(" ", src, src, SEPARATOR)
                continue
            for line, (l0, l1, src) in enumerate(line_map):
                s, e = max(c0, l0), min(c1, l1)
                if s >= e:
                    continue
                if last_line >= 0 and line != last_line:
                    self.add("\n", src, src, SEPARATOR)
                last_line = line
                self.add(content[s:e], src + s - l0, src + e - l0, TEXT, kind == _PROTECTED)

    @staticmethod
    def _to_source(line_map: list[tuple[int, int, int]], pos: int) -> int:
        for l0, l1, src in line_map:
            if l0 <= pos <= l1:
                return src + pos - l0
        return line_map[-1][2] if line_map else 0

    def _line_map(
        self, token: Token | Block, in_cell: bool, cursors: dict[int, int]
    ) -> list[tuple[int, int, int]] | None:
        """(content start, content end, source start) per piece of each content line."""
        assert token.map is not None
        out: list[tuple[int, int, int]] = []
        c_start = 0
        for k, line in enumerate(token.content.split("\n")):
            number = token.map[0] + k
            if number >= len(self._line_starts):
                return None
            row_start, row_end = self._line_starts[number], self._line_ends[number]
            if in_cell:  # cells share a row: search from where the last cell ended
                pos = self.source.find(line, cursors.get(number, row_start), row_end)
                if pos < 0 and "|" in line:
                    # GFM unescapes "\|" inside a cell: find the escaped form and map
                    # each stretch between pipes on its own.
                    escaped = line.replace("|", "\\|")
                    pos = self.source.find(escaped, cursors.get(number, row_start), row_end)
                    if pos < 0:
                        return None
                    cursors[number] = pos + len(escaped)
                    out += _unescaped_pieces(line, c_start, pos)
                    c_start += len(line) + 1
                    continue
            else:
                pos = self.source.rfind(line, row_start, row_end)
            if pos < 0:
                return None
            if in_cell:
                cursors[number] = pos + len(line)
            out.append((c_start, c_start + len(line), pos))
            c_start += len(line) + 1
        return out


def _unescaped_pieces(line: str, c_start: int, pos: int) -> list[tuple[int, int, int]]:
    """(content start, content end, source start) of each stretch between the pipes
    of a cell's content line at ``c_start`` whose source, at ``pos``, escapes each
    pipe ("\\|"): every stretch after a pipe lies one more character on."""
    out = []
    shift = 0
    piece_start = 0
    for j, ch in enumerate(line):
        if ch == "|":
            out.append((c_start + piece_start, c_start + j, pos + piece_start + shift))
            shift += 1
            piece_start = j
    out.append((c_start + piece_start, c_start + len(line), pos + piece_start + shift))
    return out


def _paint(marks: bytearray, content: str, records: list[list[Any]]) -> None:
    """Mark each character of a block's inline content visible, protected or hidden."""
    painter = _Painter(marks, content)
    ordered = sorted(records, key=lambda r: (r[1], -r[2]))
    # Links first (hidden as a whole, then their text shown, protected), then what
    # hides inside them (code, delimiters), so that nesting comes out right.
    for name, start, end, label_end, *_ in ordered:
        if name == "link":
            painter.paint(start, end, _HIDDEN)
            if label_end > start:
                painter.paint(start + 1, label_end, _PROTECTED)
    for name, start, end, _, _, _, delimiters in ordered:
        if name in _HIDDEN_RULES:
            painter.paint(start, end, _HIDDEN_GAP)
        elif name in _DELIMITER_RULES:
            for s, e in delimiters or ():
                painter.paint(s, e, _HIDDEN)
        elif name == "html_inline":
            painter.html_tag(start, end)
    painter.close()


class _Painter:
    """Paints the marks of one block's inline content, following inline HTML
    elements from their opening tag to their closing one (nested ones too)."""

    def __init__(self, marks: bytearray, content: str) -> None:
        self.marks = marks
        self.content = content
        self.hidden_depth = 0  # inside how many open hidden elements (<sup> …)
        self.hidden_open_at = 0
        self.link_depth = 0  # inside how many open <a> elements
        self.link_open_at = 0

    def paint(self, start: int, end: int, what: int) -> None:
        if start < end:
            self.marks[start:end] = bytes([what]) * (end - start)

    def html_tag(self, start: int, end: int) -> None:
        tag = _HTML_TAG.match(self.content, start)
        tag_name = tag.group(2).lower() if tag is not None else ""
        # Inline formatting joins words ("Regulation <i>(EU)</i> 2016/679");
        # any other tag, a comment or a declaration separates them.
        self.paint(start, end, _HIDDEN if tag_name in WRAPPABLE_TAGS else _HIDDEN_GAP)
        if tag is None:
            return
        closing = bool(tag.group(1))
        if tag_name in _LINK_HTML:
            self._link_tag(start, end, closing)
        elif tag_name in _HIDDEN_HTML and not self.content[start:end].endswith("/>"):
            self._hidden_tag(start, end, closing)

    def _link_tag(self, start: int, end: int, closing: bool) -> None:
        """An existing link's text is read, never linked: protected once it closes."""
        if closing and self.link_depth:
            self.link_depth -= 1
            if not self.link_depth:
                _protect(self.marks, self.link_open_at, start)
        elif not closing:
            if not self.link_depth:
                self.link_open_at = end
            self.link_depth += 1

    def _hidden_tag(self, start: int, end: int, closing: bool) -> None:
        """A hidden element is hidden whole, its tags included, once it closes."""
        if closing:
            if self.hidden_depth:
                self.hidden_depth -= 1
                if not self.hidden_depth:
                    self.paint(self.hidden_open_at, end, _HIDDEN_GAP)
        else:
            if not self.hidden_depth:
                self.hidden_open_at = start
            self.hidden_depth += 1

    def close(self) -> None:
        """A hidden element still open at the end of the block hides the rest of it."""
        if self.hidden_depth:
            self.paint(self.hidden_open_at, len(self.content), _HIDDEN_GAP)


def _protect(marks: bytearray, start: int, end: int) -> None:
    """Visible characters in ``[start, end)`` become visible but protected."""
    for i in range(start, end):
        if marks[i] == _VISIBLE:
            marks[i] = _PROTECTED


def _lines(source: str) -> tuple[list[int], list[int]]:
    """Start and end (before the line break) of every line, as markdown-it counts them."""
    starts, ends = [0], []
    for match in _NEWLINE.finditer(source):
        ends.append(match.start())
        starts.append(match.end())
    ends.append(len(source))
    return starts, ends


def read_markdown(data: bytes, name: str) -> MarkdownText:
    return MarkdownText(decode(data, name))


register(InputFormat("markdown", (".md", ".markdown"), read_markdown))
