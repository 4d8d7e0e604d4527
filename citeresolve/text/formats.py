"""Input formats: what a reader sees of a document, with the way back into its source.

``link``, ``extract`` and ``check`` read every document through this one
interface, so a linked Markdown file extracts and checks exactly as the
unlinked one: they all analyse :attr:`VisibleText.text` (no URLs, link
titles, attributes, code, script, style or comments) and report offsets into
:attr:`VisibleText.source`.

A format is an :class:`InputFormat`: a name, the file suffixes it claims and
a ``read(data, name)`` function from the file's bytes to a
:class:`VisibleText`.  Formats register themselves with :func:`register`
when their module is imported; :data:`_FORMAT_MODULES` lists the modules the
registry imports on first use, and :data:`_DEFERRED_FORMATS` the formats whose
module is imported only to read a file of theirs (HTML, Word).  Adding a format is one
module plus tests, and a line in one of those two lists.

What a caller may rely on:

* ``visible.text`` is what a reader sees; ``visible.source`` is the original
  as text (for text formats, the decoded file; a binary format documents the
  rendering its offsets refer to).
* ``visible.to_source(start, end)`` is the smallest source span that covers
  ``text[start:end]``; ``source[s:e]`` is what the reader saw there, with its
  markup.
* ``visible.segments(start, end)`` are the source spans that can each carry
  one link for ``text[start:end]`` (markup between them stays outside any
  link); ``None`` when part of the span is protected (text inside an
  existing link, code): such a span is never linked.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import os
import re
from collections.abc import Callable, Iterable

from attrs import frozen

from ..errors import ConfigError
from .inputs import decode, read_bytes

# Kinds of run: a TEXT run maps character for character, an ATOM run maps as a
# whole (an entity), a SEPARATOR run has no source of its own (a block boundary).
TEXT, ATOM, SEPARATOR = 0, 1, 2


class VisibleText:
    """The text a reader sees of ``source``, as runs that map back into it.

    Runs are appended in visible order with :meth:`add`; formats build them
    while they walk their source.  Lookups are a bisect, never a per-character
    table.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._pieces: list[str] = []
        self._text: str | None = None
        self._length = 0
        self.dec_starts: list[int] = []
        self.src_starts: list[int] = []
        self.src_ends: list[int] = []
        self.kinds: list[int] = []
        self.protected: list[bool] = []

    @classmethod
    def whole(cls, source: str) -> VisibleText:
        """A source that is all visible text (plain text)."""
        visible = cls(source)
        visible.add(source, 0, len(source), TEXT)
        return visible

    def add(
        self, visible: str, src_start: int, src_end: int, kind: int, protected: bool = False
    ) -> None:
        """Append a run: ``visible`` stands for ``source[src_start:src_end]``."""
        if not visible:
            return
        self._pieces.append(visible)
        self._text = None
        self.dec_starts.append(self._length)
        self.src_starts.append(src_start)
        self.src_ends.append(src_end)
        self.kinds.append(kind)
        self.protected.append(protected and kind != SEPARATOR)
        self._length += len(visible)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "".join(self._pieces)
        return self._text

    def _run_end(self, i: int) -> int:
        return self.dec_starts[i + 1] if i + 1 < len(self.dec_starts) else self._length

    def _source_at(self, pos: int, *, is_end: bool) -> int:
        if not self.dec_starts:
            return 0
        # An end position exactly at a run start belongs to the run before it.
        i = (bisect.bisect_left if is_end else bisect.bisect_right)(self.dec_starts, pos) - 1
        i = max(0, i)
        kind, d0 = self.kinds[i], self.dec_starts[i]
        if kind == TEXT:
            return min(self.src_starts[i] + max(0, pos - d0), self.src_ends[i])
        return self.src_ends[i] if is_end else self.src_starts[i]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The smallest source span that covers ``text[start:end]``."""
        s = self._source_at(start, is_end=False)
        e = self._source_at(end, is_end=True) if end > start else s
        return s, max(s, e)

    def _pieces_of(self, start: int, end: int) -> list[list[int]] | None:
        """Source pieces of ``text[start:end]``: ``[src_start, src_end, broken]``;
        ``broken`` says a block boundary lies before the piece."""
        i = max(0, bisect.bisect_right(self.dec_starts, start) - 1)
        pieces: list[list[int]] = []
        broken = False
        while i < len(self.dec_starts) and self.dec_starts[i] < end:
            if self.protected[i]:
                return None
            kind, d0 = self.kinds[i], self.dec_starts[i]
            if kind == SEPARATOR:
                broken = True
                i += 1
                continue
            if kind == TEXT:
                s = self.src_starts[i] + max(start, d0) - d0
                e = self.src_starts[i] + min(end, self._run_end(i)) - d0
            else:
                s, e = self.src_starts[i], self.src_ends[i]
            if s < e:
                if pieces and not broken and pieces[-1][1] == s:
                    pieces[-1][1] = e
                else:
                    pieces.append([s, e, int(broken)])
                broken = False
            i += 1
        return pieces

    def segments(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """Source spans that can each carry one link for ``text[start:end]`` (see
        the module docstring).  Pieces with only white space between them in the
        source (a line break inside a reference) make one span."""
        pieces = self._pieces_of(start, end)
        if pieces is None:
            return None
        spans: list[list[int]] = []
        for s, e, _ in pieces:
            if spans and not self.source[spans[-1][1] : s].strip():
                spans[-1][1] = e
            else:
                spans.append([s, e])
        return _stripped(self.source, [(s, e) for s, e in spans])


def _stripped(source: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while s < e and source[s].isspace():
            s += 1
        while e > s and source[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


@frozen
class InputFormat:
    """A readable format: ``read(data, name)`` turns a file's bytes into its
    :class:`VisibleText`; decoding problems raise :class:`InputError` with a
    message that names the file (``name``)."""

    name: str
    suffixes: tuple[str, ...]
    read: Callable[[bytes, str], VisibleText]


# Inline formatting (in HTML, and HTML inside Markdown) that may sit inside one <a>
# (phrasing content): a citation across "Regulation <i>(EU)</i> 2016/679" then
# becomes a single link.
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

_REGISTRY: dict[str, InputFormat] = {}
# Modules that register formats when imported.
_FORMAT_MODULES = ("citeresolve.text.markdown",)
# Formats whose module is costly to load and needed only for their own files (Word:
# the zip and XML machinery and classes of its own, about 4 ms that every check and
# link of a text paid; HTML: the standard library's HTML parser): known by name and
# suffixes, the reader (a function of that module) loaded on the first such file.
_DEFERRED_FORMATS = (
    ("html", (".html", ".htm"), "citeresolve.text.html", "read_html"),
    ("docx", (".docx",), "citeresolve.text.docx", "read_docx_visible"),
)


def _deferred(module: str, function: str) -> Callable[[bytes, str], VisibleText]:
    def read(data: bytes, name: str) -> VisibleText:
        reader: Callable[[bytes, str], VisibleText] = getattr(
            importlib.import_module(module), function
        )
        return reader(data, name)

    return read


def register(fmt: InputFormat) -> None:
    """Make ``fmt`` known to every command (by name and by suffix)."""
    _REGISTRY[fmt.name] = fmt


@functools.cache
def _load_formats() -> None:
    for module in _FORMAT_MODULES:
        importlib.import_module(module)
    for name, suffixes, module, function in _DEFERRED_FORMATS:
        register(InputFormat(name, suffixes, _deferred(module, function)))


def formats() -> dict[str, InputFormat]:
    """Every registered format by name, plain text first."""
    _load_formats()
    # Plain text first, then in the order of _FORMAT_MODULES: a stable --help.
    order = ["text", "markdown", "html", "docx"]
    return dict(sorted(_REGISTRY.items(), key=lambda i: [*order, i[0]].index(i[0])))


def format_names() -> tuple[str, ...]:
    return tuple(formats())


def document_suffixes() -> tuple[str, ...]:
    """What a directory given as input is searched for: every format's suffixes."""
    return tuple(s for fmt in formats().values() for s in fmt.suffixes)


def input_format(name: str) -> InputFormat:
    """The format called ``name``; :class:`ConfigError` when there is none."""
    known = formats()
    if name not in known:
        raise ConfigError(f"unknown input format {name!r}; use one of: {', '.join(known)}")
    return known[name]


def format_of(path: str, requested: str = "auto") -> InputFormat:
    """``requested``, or for ``"auto"`` the format whose suffix ``path`` has
    (plain text when none claims it, and for standard input)."""
    if requested != "auto":
        return input_format(requested)
    suffix = os.path.splitext(path)[1].lower() if path != "-" else ""
    for fmt in formats().values():
        if suffix in fmt.suffixes:
            return fmt
    return input_format("text")


def read_visible(name: str, requested: str = "auto") -> VisibleText:
    """Read a file (``-``: standard input) and reduce it to what a reader sees."""
    fmt = format_of(name, requested)
    return fmt.read(read_bytes(name), name)


def add_input_format_option(parser: object) -> None:
    """``--input-format``, the same in every command that reads documents."""
    import argparse

    assert isinstance(parser, argparse.ArgumentParser)
    parser.add_argument(
        "--input-format",
        choices=("auto", *format_names()),
        default="auto",
        metavar="{auto," + ",".join(format_names()) + "}",
        help="what the inputs are (default auto: from the suffix: "
        + ", ".join(f"{'/'.join(f.suffixes)} {f.name}" for f in formats().values() if f.suffixes)
        + ", anything else text)",
    )


# ------------------------------------------------------------------ plain text

# What plain text may hold that a reader does not see as text: the link markup
# that ``link`` writes into it (Markdown links, ours included; HTML links;
# autolinks).  The link text stays visible, protected; the rest is hidden.
_TEXT_LINKS = re.compile(
    r"""
      \[(?P<label>(?:\\.|[^\\\[\]])*)\]               # [link text]
      \((?:\\.|[^\\()\s]|\((?:\\.|[^\\()\s])*\))*     # (destination, balanced parentheses
      (?:\s+"(?:\\.|[^"\\])*")?\)                     #  and an optional "title")
    | <a\b[^>]*>(?P<content>.*?)</a>                  # an HTML link
    | <[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>         # an autolink
    """,
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


def read_text(data: bytes, name: str) -> VisibleText:
    return visible_plain_text(decode(data, name))


def visible_plain_text(source: str) -> VisibleText:
    """Plain text as a reader sees it: all of it, except link markup around link text."""
    if "[" not in source and "<" not in source:
        return VisibleText.whole(source)
    visible = VisibleText(source)
    pos = 0
    for m in _TEXT_LINKS.finditer(source):
        visible.add(source[pos : m.start()], pos, m.start(), TEXT)
        group = "label" if m.group("label") is not None else "content"
        if m.group(group) is not None:
            s, e = m.span(group)
            visible.add(source[s:e], s, e, TEXT, protected=True)
        else:
            visible.add(" ", m.start(), m.start(), SEPARATOR)
        pos = m.end()
    visible.add(source[pos:], pos, len(source), TEXT)
    return visible


register(InputFormat("text", (".txt",), read_text))
