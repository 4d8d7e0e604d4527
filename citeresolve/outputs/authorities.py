"""``authorities()``: the table of authorities of one document or a set of them.

Every citation is counted once, under the instrument it cites: an article of
the Treaty on European Union under the TEU, an OJ page under its own entry.
The instruments are grouped by kind and ordered as a drafter expects: the
Treaties first (in the order of the instrument registry), the EP Rules, then
acts by year and number, cases, the Official Journal, EP documents,
procedures, Commission documents and international instruments.  Within an
instrument the cited articles come in article order.  The counts of the keys
add up to the number of citations (:attr:`TableOfAuthorities.citations`).

Labels and URLs are the offline resolver's, in the language of the (first)
document; a key the resolver cannot place keeps the key as its label and has
no URL. The table's values and output formats are in :mod:`.authority_table`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from ..errors import CiteresolveError
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import instruments
from ..model.citation import Citation
from ..model.keys import KeyParts, Pin, format_key
from ..pipeline.extract import analyse
from ..resolve.offline import resolve
from ..text.inputs import line_col, line_starts
from .authority_table import FORMATS as FORMATS
from .authority_table import Authority, Entry, Group, Occurrence
from .authority_table import TableOfAuthorities as TableOfAuthorities
from .check import Resolver

# Kinds of authority in the order of the table, the citation types in each,
# and the heading.  A type not listed (a family added later) goes under "Other".
KINDS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("treaties", ("treaty",), "Treaties"),
    ("rules", ("rules",), "Rules of Procedure of the European Parliament"),
    ("acts", ("eu_act",), "Acts"),
    ("cases", ("case",), "Cases"),
    ("oj", ("oj",), "Official Journal"),
    ("ep_documents", ("ep_doc",), "European Parliament documents"),
    ("procedures", ("procedure",), "Procedures"),
    ("com_documents", ("com_doc",), "Commission documents"),
    ("instruments", ("instrument",), "International instruments"),
)
_OTHER = ("other", "Other")
_KIND_OF = {t: (kind, title) for kind, types, title in KINDS for t in types}
_KIND_RANK = {kind: i for i, (kind, _, _) in enumerate(KINDS)}


@frozen
class Source:
    """One document to tabulate: its name, its (visible) text, and how to say
    where an offset of that text is ("kazakhstan-nl.md:12", "draft.docx,
    footnote 2")."""

    name: str
    text: str
    locate: Callable[[int], str]


# ------------------------------------------------------------------ the API


def authorities(
    texts: str | Mapping[str, str] | Sequence[Source],
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    resolver: Resolver | None = None,
) -> TableOfAuthorities:
    """The table of authorities of ``texts``: one text, a mapping of document
    names to texts, or :class:`Source` s (what :func:`authorities_of_files` makes
    of Word documents).  ``lang`` is the language of the documents (``None``
    guesses it per document; labels use the first document's); ``date`` picks
    the EP Rules version; ``resolver`` replaces the offline :func:`resolve`."""
    if isinstance(texts, str):
        sources: Sequence[Source] = [text_source("", texts)]
    elif isinstance(texts, Mapping):
        sources = [text_source(name, text) for name, text in texts.items()]
    else:
        sources = texts
    found: list[tuple[Citation, Occurrence]] = []
    label_lang: str | None = lang
    for source in sources:
        analysis = analyse(source.text, lang=lang)
        label_lang = label_lang or analysis.lang
        for c in analysis.citations:
            where = source.locate(c.start)
            surface = " ".join(c.text.split())
            found.append((c, Occurrence(source.name, where, surface, len(found))))
    return _table(
        tuple(s.name for s in sources if s.name),
        label_lang or "en",
        found,
        _Labels(date, resolver or resolve),
    )


def authorities_of_files(
    paths: Iterable[str | Path],
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    resolver: Resolver | None = None,
) -> TableOfAuthorities:
    """:func:`authorities` of files: text, Markdown, HTML, and Word (.docx,
    needs ``citeresolve[docx]``), located by line or by paragraph."""
    return authorities(
        [file_source(str(p)) for p in paths], lang=lang, date=date, resolver=resolver
    )


def text_source(name: str, text: str) -> Source:
    """A text document, located by line (``line 12``)."""
    starts = line_starts(text)

    def locate(offset: int) -> str:
        line, _ = line_col(text, offset, starts)
        return f"line {line}"

    return Source(name, text, locate)


def file_source(name: str) -> Source:
    """A file as a :class:`Source`: what a reader sees of it (a linked Markdown or
    HTML file tabulates as the unlinked one), located by line of the file, or by
    paragraph, note, header or footer of a Word document."""
    from ..text.formats import format_of, read_visible

    if format_of(name).name == "docx":
        from ..text.docx import read_docx

        try:
            doc = read_docx(name)
        except CiteresolveError as exc:
            raise type(exc)(f"{name}: {exc}") from None

        def locate_in_word(offset: int) -> str:
            paragraph, _ = doc.locate(offset)
            return paragraph.location()

        return Source(name, doc.text, locate_in_word)
    visible = read_visible(name)
    starts = line_starts(visible.source)

    def locate(offset: int) -> str:
        source_offset, _ = visible.to_source(offset, offset)
        line, _ = line_col(visible.source, source_offset, starts)
        return f"line {line}"

    return Source(name, visible.text, locate)


# --------------------------------------------------------------- the table


class _Labels:
    """Label and URL of a key, resolved once."""

    def __init__(self, date: dt.date | str | None, resolver: Resolver) -> None:
        self._date = date
        self._resolver = resolver
        self._cache: dict[tuple[str, str], tuple[str, str | None]] = {}

    def __call__(self, key: str, lang: str) -> tuple[str, str | None]:
        cached = self._cache.get((key, lang))
        if cached is None:
            try:
                r = self._resolver(key, lang=lang, date=self._date)
                cached = (r.label or key, r.url if r.status == "ok" else None)
            except CiteresolveError:  # a key this version cannot resolve alone
                cached = (key, None)
            self._cache[(key, lang)] = cached
        return cached


def _instrument_of(citation: Citation) -> KeyParts:
    """The parts of the cited instrument: the citation without its pin."""
    return attrs.evolve(citation.parts, pin=None)


def _table(
    documents: tuple[str, ...],
    lang: str,
    found: list[tuple[Citation, Occurrence]],
    labels: _Labels,
) -> TableOfAuthorities:
    by_instrument: dict[str, tuple[KeyParts, dict[str, list[Occurrence]], dict[str, Pin]]] = {}
    for citation, occurrence in found:
        parts = _instrument_of(citation)
        head = format_key(parts)
        _, keys, pins = by_instrument.setdefault(head, (parts, {}, {}))
        keys.setdefault(citation.key, []).append(occurrence)
        if citation.pin is not None:
            pins[citation.key] = citation.pin
    grouped: dict[tuple[str, str], list[tuple[tuple[Any, ...], Authority]]] = {}
    for head, (parts, keys, pins) in by_instrument.items():
        kind, title = _KIND_OF.get(parts.type, _OTHER)
        label, url = labels(head, lang)
        entries = []
        for key in sorted(keys, key=lambda k: _pin_order(pins.get(k))):
            key_label, key_url = labels(key, lang)
            entries.append(Entry(key, key_label, key_url, tuple(keys[key])))
        authority = Authority(kind, head, label, url, tuple(entries))
        grouped.setdefault((kind, title), []).append((_order(parts), authority))
    groups = [
        Group(kind, title, tuple(a for _, a in sorted(rows, key=lambda r: r[0])))
        for (kind, title), rows in sorted(
            grouped.items(), key=lambda g: _KIND_RANK.get(g[0][0], len(KINDS))
        )
    ]
    return TableOfAuthorities(documents, lang, tuple(groups))


_NUMBER = lazy_pattern(r"\d+")
# EP documents: texts adopted, then reports, motions, joint motions.
_EP_DOC_ORDER = ("TA", "A", "B", "RC")


def _natural(text: str | None) -> tuple[Any, ...]:
    """``8bis`` after ``8``, ``10`` after ``9``: numbers compare as numbers."""
    if not text:
        return ()
    out: list[Any] = []
    pos = 0
    for m in _NUMBER.finditer(text):
        out += [(1, text[pos : m.start()]), (0, int(m.group()))]
        pos = m.end()
    out.append((1, text[pos:]))
    return tuple(out)


def _pin_order(pin: Pin | None) -> tuple[Any, ...]:
    """The whole instrument first, then articles in order, each before its
    paragraphs and points."""
    if pin is None:
        return ((),)
    return (
        _natural(pin.article),
        _natural(pin.paragraph),
        tuple(_natural(p) for p in pin.points),
        _natural(pin.article_end),
    )


def _order(parts: KeyParts) -> tuple[Any, ...]:
    """Where an instrument goes within its group: the registry order for treaties
    and international instruments, by year and number for everything dated."""
    t = parts.type
    if t in ("treaty", "instrument", "rules"):
        registry = list(instruments())
        name = parts.instrument or ""
        rank = registry.index(name) if name in registry else len(registry)
        return (rank, _natural(name))
    if t == "eu_act":
        celex = parts.celex or ""
        # CELEX: sector, year, descriptor, number ("32013R1311"): acts by year.
        year = celex[1:5]
        return (int(year) if year.isdigit() else 0, _celex_number(celex))
    if t == "case":
        if parts.ecli:
            _, _, court, year, number = parts.ecli.split(":")
            return (court, int(year), int(number))
        yy = int(parts.issue or 0)
        return (parts.series or "", yy + (1900 if yy >= 50 else 2000), int(parts.number or 0))
    if t == "oj":
        return (
            parts.series or "",
            parts.year or 0,
            _natural(parts.issue or parts.number),
            parts.page or 0,
        )
    if t == "ep_doc":
        return (
            _EP_DOC_ORDER.index(parts.doc) if parts.doc in _EP_DOC_ORDER else len(_EP_DOC_ORDER),
            parts.term or 0,
            parts.year or 0,
            parts.number or "",
        )
    return (parts.year or 0, _natural(parts.number), _natural(format_key(parts)))


def _celex_number(celex: str) -> tuple[Any, ...]:
    """Number, descriptor and sector of a CELEX number, for ordering acts of one year."""
    rest = celex[5:]
    descriptor = rest.rstrip("0123456789()")
    return (_natural(rest[len(descriptor) :]), descriptor, celex[:1])
