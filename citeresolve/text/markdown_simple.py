"""The shapes most Markdown drafts are made of, read without markdown-it.

Importing markdown-it-py costs about 25 ms, more than a tenth of a cold
``citeresolve check`` of a one-page draft, which a pre-commit hook pays on every
commit.  A draft made only of ATX headings (``# Title``), paragraphs and
one-level lists (``-``, ``*``, ``+``, ``1.`` or ``1)`` at the start of a line,
one space after), whose inline content has no markup but emphasis in plain
pairs and HTML comments, gives the parser's blocks here: for each block with
inline content, its line range, its content as the parser cuts it, and what of
it is markup (the emphasis delimiters, the comments).
:class:`~citeresolve.text.markdown.MarkdownText` reads those blocks exactly as
it reads the parser's tokens.

Anything else, or anything where CommonMark's rules need more care than the
cases read here, gives ``None`` and the parser reads the document: tabs,
indented code, block quotes, fences, HTML blocks, tables, setext headings,
thematic breaks, nested lists, lists with other spacing, an ordered item that
might continue a paragraph, links, images, code spans, autolinks,
inline HTML other than a plain comment, strikethrough, a delimiter run that can
both open and close, runs of other lengths or markers met in between, and
unusual white space or symbols next to a delimiter or at a block's edge (where
versions of the parser differ).  tests/test_markdown_simple.py compares both
readings on every Markdown fixture and on thousands of generated drafts.
"""

from __future__ import annotations

import re
from typing import Any

# A list item as read here: its marker at the start of the line, one space, text.
_ITEM = re.compile(r"(?:[-*+]|(\d{1,9})[.)]) (?=[^ ])")
_HEADING = re.compile(r"(#{1,6}) (?=.*[^ ])")
# A line that opens a block read here only in the forms above (any other spacing, a
# nested or empty item, a heading of seven hashes or none after a space …).
_BLOCK_START = re.compile(r" *(?:[-*+](?: |$)|\d+[.)](?: |$)|#)")
# A line of nothing but markup characters: a thematic break, a setext underline, a
# table's delimiter row, an empty heading, a fence.
_MARKUP_ONLY = re.compile(r"[-*_=+|:~`# ]+")
# First characters of lines that open blocks the parser alone reads: block quotes,
# fences, HTML blocks, link reference definitions, tables.
_PARSER_STARTS = frozenset(">`~<[|:\\")
# In inline content: a plain comment, a delimiter run, a backslash with the ASCII
# punctuation it escapes (text, as MarkdownText reads it, and never markup), or a
# character that may start markup read by the parser alone (code spans, links,
# images, strikethrough, inline HTML, autolinks).
_INLINE = re.compile(r"<!--[^-<>\n]+-->|\*+|_+|\\[!-/:-@\[-`{-~]?|[`\[~<]")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_WHITE, _PUNCTUATION, _OTHER = 0, 1, 2


class Block:
    """A block with inline content, as the parser's ``inline`` token gives it."""

    type = "inline"

    def __init__(self, first: int, end: int, content: str, records: list[list[Any]]) -> None:
        self.map = [first, end]
        self.content = content
        self.meta = {"citeresolve": records}


def simple_blocks(source: str, starts: list[int], ends: list[int]) -> list[Block] | None:
    """The blocks of ``source`` (lines from ``starts`` to ``ends``), or None when the
    document needs the parser (see the module docstring)."""
    if any(ch in source for ch in "\t\x00\x0b\x0c"):
        return None
    reader = _Reader()
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if not reader.line(number, source[start:end]):
            return None
    if not reader.close():
        return None
    return reader.blocks


class _Reader:
    """Blocks line by line: the open paragraph and the content indent of the list item
    it belongs to (0 outside a list)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.first = -1  # the open paragraph's first line (-1: none open)
        self.lines: list[str] = []
        self.indent = 0
        self.ok = True

    def line(self, number: int, line: str) -> bool:
        text = line.lstrip(" ")
        spaces = len(line) - len(text)
        if not text:
            return self.close()
        if spaces > 3 or _parser_block(text):
            return False
        heading = _HEADING.match(line)
        if heading is not None:
            self.indent = 0  # a heading ends a list (it stands where no item's text can)
            return self.close() and self._heading(number, line[heading.end() :])
        item = _ITEM.match(line)
        if item is not None:
            if self.first >= 0 and not self.indent and item[1] not in (None, "1"):
                return False  # an ordered item other than 1 continues a paragraph
            rest = line[item.end() :]
            if _BLOCK_START.match(rest) or _parser_block(rest):
                return False  # a nested block
            if not self.close():
                return False
            self.indent = item.end()
            self._open(number, rest)
            return True
        if _BLOCK_START.match(line):
            return False
        if self.first < 0:
            if spaces < self.indent:
                self.indent = 0  # after a blank line, text left of the item's ends the list
            self._open(number, line[min(spaces, self.indent) :])
        else:
            # A continuation line: the item's indent is cut, a lazy line's spaces all.
            self.lines.append(line[min(spaces, self.indent) :])
        return True

    def _open(self, number: int, line: str) -> None:
        self.first = number
        self.lines = [line]

    def _heading(self, number: int, text: str) -> bool:
        content = text.strip(" ")
        if content.endswith("#"):
            return False  # a closing sequence, or text that looks like one
        return self._add(number, number + 1, content)

    def close(self) -> bool:
        """Close the open paragraph, if any; False when its content needs the parser."""
        if self.first < 0:
            return True
        first, self.first = self.first, -1
        return self._add(first, first + len(self.lines), "\n".join(self.lines).strip(" "))

    def _add(self, first: int, end: int, content: str) -> bool:
        if _odd_edge(content):
            return False
        records = inline_records(content)
        if records is None:
            return False
        self.blocks.append(Block(first, end, content, records))
        return True


def _parser_block(text: str) -> bool:
    """Whether a line's text (from its first character that is not a space) may open a
    block that the parser alone reads."""
    return text[0] in _PARSER_STARTS or _MARKUP_ONLY.fullmatch(text) is not None


def _odd_edge(content: str) -> bool:
    """Whether the content starts or ends with white space other than a space (the
    parser's versions trim different sets of characters)."""
    return any(ch.isspace() or ch == "\ufeff" for ch in (content[:1], content[-1:]) if ch)


def inline_records(content: str) -> list[list[Any]] | None:
    """What of a block's inline content is markup, as the recording inline rules of
    :mod:`citeresolve.text.markdown` note it (emphasis with its delimiters, comments);
    None when the content needs the parser."""
    records: list[list[Any]] = []
    openers: list[tuple[int, int, str]] = []
    for m in _INLINE.finditer(content):
        start, end = m.span()
        first = content[start]
        if first == "<":
            if end - start > 1:
                records.append(["html_inline", start, end, -1, 0, [], None])
            elif content[end : end + 1] != " ":
                return None  # "< " is text; anything else may be a tag or an autolink
            continue
        if first == "\\":
            continue
        if first not in "*_":
            return None
        can = _can_open_close(content, start, end)
        if can is None or end - start > 3 or all(can):
            return None
        if can[0]:
            openers.append((start, end, first))
        elif can[1] and openers:
            o_start, o_end, marker = openers.pop()
            if marker != first or o_end - o_start != end - start:
                return None  # matched across other runs, or in part: left to the parser
            for s, e in ((o_start, o_end), (start, end)):
                records.append(["emphasis", s, e, -1, 0, [], [(s, e)]])
    return records


def _can_open_close(content: str, start: int, end: int) -> tuple[bool, bool] | None:
    """Whether the delimiter run ``content[start:end]`` can open and close emphasis
    (CommonMark's flanking rules); None next to a character whose class the
    parser's versions read differently."""
    before = _class(content[start - 1]) if start > 0 else _WHITE
    after = _class(content[end]) if end < len(content) else _WHITE
    if before is None or after is None:
        return None
    left = not (after == _WHITE or (after == _PUNCTUATION and before == _OTHER))
    right = not (before == _WHITE or (before == _PUNCTUATION and after == _OTHER))
    if content[start] == "*":
        return left, right
    return (
        left and (not right or before == _PUNCTUATION),
        right and (not left or after == _PUNCTUATION),
    )


def _class(ch: str) -> int | None:
    if ch in " \n":
        return _WHITE
    if ch in _ASCII_PUNCTUATION:
        return _PUNCTUATION
    # Letters and digits of any script are neither white space nor punctuation in any
    # version; other symbols and spaces moved between the classes over time.
    return _OTHER if ch.isalnum() else None
