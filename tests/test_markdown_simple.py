"""Plain Markdown drafts are read without markdown-it, exactly as the parser reads them.

citeresolve.text.markdown_simple reads headings, paragraphs, one-level lists,
emphasis in plain pairs, escapes and comments itself (importing the parser is a
tenth of a cold ``check``) and leaves everything else to the parser. What a reader
sees of a document (the text, every run's source span, kind and protection, the
HTML blocks) must be the same either way: compared here on every Markdown fixture,
on every corpus text as a Markdown document, and on generated drafts that mix the
shapes read here with the ones that are not.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from citeresolve.text.markdown import MarkdownText, _lines
from citeresolve.text.markdown_simple import simple_blocks

from .conftest import FIXTURES, ROOT

MARKDOWN_FILES = sorted(FIXTURES.rglob("*.md")) + sorted(ROOT.glob("*.md"))


def _reading(source: str, *, parse: bool) -> tuple[object, ...]:
    v = MarkdownText(source, parse=parse)
    return (v.text, v.dec_starts, v.src_starts, v.src_ends, v.kinds, v.protected, v.html_blocks)


def _read_without_parser(source: str) -> bool:
    return simple_blocks(source, *_lines(source)) is not None


def _same(source: str) -> None:
    assert _reading(source, parse=False) == _reading(source, parse=True), source


@pytest.mark.parametrize("path", MARKDOWN_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_markdown_fixture_reads_as_the_parser_reads_it(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


def test_the_drafts_are_read_without_the_parser() -> None:
    # The one-page drafts a pre-commit hook checks are of the plain shapes.
    for name in ("en-resolution.md", "en-clean.md", "de-entschliessung.md", "nl-resolutie.md"):
        assert _read_without_parser((FIXTURES / "drafts" / name).read_text("utf-8")), name


def test_every_corpus_text_as_markdown_reads_as_the_parser_reads_it() -> None:
    texts = [
        json.loads(line)["text"]
        for path in sorted(FIXTURES.rglob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and '"text"' in line
    ]
    assert len(texts) > 500
    simple = 0
    for text in texts:
        source = f"# Document\n\n{text}"
        _same(source)
        simple += _read_without_parser(source)
    assert simple > len(texts) // 4  # most prose is of the plain shapes


# Pieces of generated drafts: the shapes read without the parser and their near misses.
_WORDS = [
    "Article",
    "6(1)",
    "Regulation",
    "(EU)",
    "2016/679",
    "TFEU",
    "P9_TA(2018)0307",
    "Verordnung",
    "Ελλάδα",
    "éç",
    "ECLI:EU:C:2020:559",
    "p.",
    "83",
    "OJ",
    "L",
    "119,",
    "a",
    "b",
    "x_y",
    "foo__bar",
    "2021.",
    "1.",
    "(",
    ")",
    ",",
    ";",
    ":",
    "!",
    "?",
    "'",
    '"',
    "’",
    "“",
    "€",
    "–",
    "§",
    "&amp;",
    "&",
    "#",
    "+",
    "-",
    "=",
    "|",
    ">",
    "]",
    "*",
    "**",
    "***",
    "****",
    "_",
    "__",
    "___",
    "\\*",
    "\\_",
    "\\[",
    "\\",
    "\\a",
    "<!-- note -->",
    "<!-- citeresolve: ignore[CR001] -->",
    "<!-- a-b -->",
    "<!---->",
    "<b>",
    "<",
    "< ",
    "`code`",
    "[link](https://x.eu)",
    "![i](u)",
    "~~gone~~",
    "~",
    "<https://x.eu>",
    "\u00a0",
    "\u2003",
    "\u200b",
]
_MARKERS = [
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2. ",
    "1) ",
    "3) ",
    "10. ",
    "01. ",
    "-  ",
    "1.  ",
    "- - ",
    "1.",
    "-",
    "*",
    "# ",
    "## ",
    "###### ",
    "####### ",
    "#",
    " - ",
    "  1. ",
    "> ",
    "\\- ",
]
_LINES = [
    "",
    "",
    "",
    "   ",
    "---",
    "***",
    "* * *",
    "===",
    "___",
    "| a | b |",
    "|---|---|",
    "```",
    "~~~",
    "<div>",
    "</div>",
    "[x]: https://x.eu",
    "    code",
    "\tTab",
    "- ",
    "1. ",
    "  ",
    "a  ",
    "#",
    "# Title #",
    "# Title\u00a0",
    "\u00a0lead",
    "\ufefftext",
]


def _inline(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 9))]
    out = words[0]
    for word in words[1:]:
        out += rng.choice([" ", " ", " ", "", "  "]) + word
    return out


def _plain_inline(rng: random.Random) -> str:
    words = [rng.choice(_WORDS[:40]) for _ in range(rng.randint(1, 9))]
    if rng.random() < 0.5:
        i = rng.randrange(len(words))
        mark = rng.choice(["*", "**", "_"])
        words[i] = f"{mark}{words[i]}{mark}"
    return " ".join(words)


def _line(rng: random.Random, plain: bool) -> str:
    r = rng.random()
    text = _plain_inline(rng) if plain else _inline(rng)
    if r < 0.1:
        return "" if plain else rng.choice(_LINES)
    if r < 0.35:
        return (rng.choice([*_MARKERS[:7], "# ", "## "]) if plain else rng.choice(_MARKERS)) + text
    if r < 0.5:
        return " " * rng.randint(0, 3 if plain else 5) + text
    return text


def _draft(rng: random.Random) -> str:
    plain = rng.random() < 0.6
    lines = [_line(rng, plain) for _ in range(rng.randint(1, 12))]
    return rng.choice(["\n", "\n", "\r\n", "\r"]).join(lines) + rng.choice(["", "\n", "  "])


def test_generated_drafts_read_as_the_parser_reads_them() -> None:
    rng = random.Random(14)
    simple = 0
    count = 4000
    for _ in range(count):
        source = _draft(rng)
        _same(source)
        simple += _read_without_parser(source)
    # Both readings are exercised: plain drafts without the parser, the rest with it.
    assert count // 5 < simple < count * 4 // 5, simple


# Characters and short pieces in any order: delimiter runs next to letters, spaces,
# punctuation, escapes, comments and line breaks, where CommonMark's flanking rules
# decide what is emphasis.
_PIECES = [
    "a",
    "b",
    "é",
    "1",
    " ",
    " ",
    "*",
    "*",
    "**",
    "_",
    "_",
    ".",
    "(",
    ")",
    "\n",
    "\n",
    "\n\n",
    "<!-- x -->",
    "\\*",
    "\\_",
    "&",
    "’",
    "- ",
    "1. ",
    "2. ",
    "# ",
    "  ",
    "#",
    ",",
    "\\",
]


def test_generated_emphasis_reads_as_the_parser_reads_it() -> None:
    rng = random.Random(1414)
    simple = 0
    count = 6000
    for _ in range(count):
        source = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        _same(source)
        simple += _read_without_parser(source)
    assert count // 10 < simple < count * 9 // 10, simple
