"""``link()``: insert links to the cited documents into plain text, Markdown or HTML.

Links are spliced into the source at recorded offsets (see
:mod:`citeresolve.link_splice`), so everything outside the inserted link
markup stays byte for byte as it was, and linking a linked document again
changes nothing: text already inside a link is never linked.

Each unit of a list is its own link ("de artikelen 21, 24, 29 en 31 van het
Verdrag betreffende de Europese Unie" gives five links: four articles and
the Treaty itself).  A citation whose key does not resolve to a URL (status
``invalid`` or ``unknown``) is left as it is.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from collections.abc import Callable
from typing import Literal, Protocol

from ..dates import parse_date
from ..errors import ConfigError
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Citation
from ..model.writers import Writers
from ..pipeline.extract import analyse
from ..resolve.offline import Resolution, resolve
from ..text.formats import visible_plain_text
from ..text.scan import occurrences
from .check import document_rules_version
from .link_html import html_splices, open_tag, unlink_html
from .link_markdown import linkable_surface, markdown_link, markdown_splices, parser
from .link_splice import Splice, Target, apply_splices

Format = Literal["text", "markdown", "html"]


class Resolver(Protocol):
    """What ``link`` calls to resolve a citation: :func:`citeresolve.resolve` by
    default, or the ``resolve`` method of an online resolver."""

    def __call__(
        self, citation_or_key: Citation | str, *, lang: str = ..., date: dt.date | str | None = ...
    ) -> Resolution: ...


# Bare URLs in running text: a citation inside one ("…?uri=CELEX:32016R0679")
# is part of an address, not a reference to link.
_BARE_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"]+|\bwww\.[^\s<>\"]+", re.IGNORECASE)


# Where a bare URL can start, from the literal every one holds: the scheme's
# https/http/ftp ends right before "://" (a substring search); "www." in any case is a
# literal search of the regex module (only "w" and "W" match "w" regardless of case,
# and "www." cannot overlap itself, so no start is missed).
_SCHEME_LENGTHS = (5, 4, 3)
_WWW = lazy_pattern(r"(?i)www\.")


def _url_starts(text: str) -> list[int]:
    """Every position where a match of _BARE_URL may start, sorted: a scan with the
    pattern (or a lower-cased copy of the text to look for "www." in) cost ~6 ms per
    MB of text, which almost never holds a URL; these two searches a fifth of it."""
    starts = [i - n for i in occurrences(text, "://") for n in _SCHEME_LENGTHS if i >= n]
    starts += [m.start() for m in _WWW.finditer(text)]
    return sorted(set(starts))


def _bare_urls(text: str) -> list[tuple[int, int]]:
    """The spans of ``_BARE_URL.finditer(text)``: the pattern tried only where a URL
    may start (leftmost first, none inside the one before: the same matches)."""
    spans: list[tuple[int, int]] = []
    end = 0
    for pos in _url_starts(text):
        if pos >= end and (m := _BARE_URL.match(text, pos)) is not None:
            spans.append(m.span())
            end = m.end()
    return spans


def link(
    text: str,
    *,
    format: Format | str = "text",
    to: Format | str | None = None,
    lang: str | None = None,
    date: dt.date | str | None = None,
    css_class: str | None = "citeresolve",
    resolver: Resolver | None = None,
    warn: Callable[[str], None] | None = None,
) -> str:
    """``text`` with a link on every citation that resolves to a URL.

    ``format`` is what ``text`` is: ``"text"``, ``"markdown"`` or ``"html"``.
    ``to`` is what to write: plain text becomes Markdown (``[surface](url
    "label")``, the default) or HTML (the text escaped, ``<a>`` around each
    citation); Markdown may be rendered to HTML first (``to="html"``, with
    markdown-it-py; not byte-faithful by nature).  Otherwise the output is
    the input with link markup inserted and nothing else changed.

    HTML links carry ``href``, ``title`` (the resolution's label), ``class``
    (``css_class``; ``None`` leaves it out) and ``data-citeresolve-key``.
    ``lang`` is the document's language (``None`` guesses it); it is also the
    language of the URLs.  ``date`` is the date of the text, which picks the
    EP Rules in force; without one it is taken from the document's own EP
    document number, as ``check`` does (``P9_TA(2022)0012``: the Rules of the
    9th term in force in 2022), and ``warn`` (if given) is told when the
    document cites EP Rules and has no such number.  ``resolver`` replaces
    the offline :func:`resolve`.
    """
    output = _check_formats(format, to)
    targets = _Targets(lang, parse_date(date), resolver or resolve, warn)
    return WRITERS[f"{format}>{output}"](text, targets, css_class)


def link_targets(
    text: str,
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    resolver: Resolver | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Target]:
    """What :func:`link` links in ``text``: every citation (and named instrument)
    that resolves to a URL, in text order, none overlapping another or inside a
    bare URL.  Spans are as found; :func:`strip_span` trims them for linking.
    Writers of other formats (Word) link exactly these; ``date`` and ``warn`` are
    as in :func:`link`."""
    return _Targets(lang, parse_date(date), resolver or resolve, warn)(text)


def unlink(text: str) -> str:
    """HTML ``text`` without the links :func:`link` inserted (found by their
    ``data-citeresolve-key``); other links stay."""
    return unlink_html(text)


def outputs_of(format: str) -> tuple[str, ...]:
    """What a document in ``format`` can be linked as, its default first (the
    writers registered for it, in order)."""
    return tuple(o for i, _, o in (n.partition(">") for n in WRITERS) if i == format)


def _check_formats(format: str, to: str | None) -> str:
    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    allowed = outputs_of(format)
    if to is None:
        return allowed[0]
    if to not in allowed:
        raise ConfigError(
            f"cannot write {format} as {to!r}; {format} can be written as: {', '.join(allowed)}"
        )
    return to


# ------------------------------------------------------------------ the writers

# A linked document is written by the writer of its format and output ("text>html"):
# the formats a caller may give are those with a writer, and an input's first
# output is its default (plain text becomes Markdown).
LinkWriter = Callable[[str, "_Targets", str | None], str]
WRITERS: Writers[LinkWriter] = Writers("link")


@WRITERS.register("text>markdown")
def _text_as_markdown(text: str, targets: _Targets, css_class: str | None) -> str:
    return apply_splices(text, _text_splices(text, targets, css_class, html_out=False))


@WRITERS.register("text>html")
def _text_as_html(text: str, targets: _Targets, css_class: str | None) -> str:
    splices = _text_splices(text, targets, css_class, html_out=True)
    return apply_splices(text, splices, between=_escape_text)


@WRITERS.register("markdown>markdown")
def _markdown(text: str, targets: _Targets, css_class: str | None) -> str:
    return apply_splices(text, markdown_splices(text, targets, css_class))


@WRITERS.register("markdown>html")
def _markdown_as_html(text: str, targets: _Targets, css_class: str | None) -> str:
    return _html(_render_markdown(text), targets, css_class)


@WRITERS.register("html>html")
def _html(text: str, targets: _Targets, css_class: str | None) -> str:
    return apply_splices(text, html_splices(text, targets, css_class))


FORMATS: tuple[str, ...] = tuple(dict.fromkeys(n.partition(">")[0] for n in WRITERS))


class _Targets:
    """Citations of a text worth linking: resolved, not overlapping, not in a URL."""

    def __init__(
        self,
        lang: str | None,
        date: dt.date | None,
        resolver: Resolver,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self._lang = lang
        self._date = date
        self._given_date = date
        self._resolver = resolver
        self._warn = warn
        # One resolution per key and language: a document cites the same
        # treaty articles again and again.
        self._cache: dict[tuple[str, str], Resolution] = {}

    def __call__(self, text: str) -> list[Target]:
        analysis = analyse(text, lang=self._lang)
        self._date = self._given_date or self._document_date(analysis.citations)
        units = analysis.citations + analysis.named_instruments
        units.sort(key=lambda c: (c.start, -c.end))
        urls = _bare_urls(text)
        targets: list[Target] = []
        taken_to = 0
        url_index = 0
        for unit in units:
            if unit.start < taken_to:
                continue  # overlaps a unit already linked
            while url_index < len(urls) and urls[url_index][1] <= unit.start:
                url_index += 1
            if url_index < len(urls) and urls[url_index][0] < unit.end:
                continue
            resolution = self._resolve(unit, analysis.lang)
            if not resolution.linkable or resolution.url is None:
                continue
            targets.append(Target(unit.start, unit.end, unit.key, resolution.url, resolution.label))
            taken_to = unit.end
        return targets

    def _document_date(self, citations: list[Citation]) -> dt.date | None:
        """The date that picks the EP Rules, as ``check`` takes it: from the
        document's own EP document number; a warning when there is none."""
        if not any(c.type == "rules" for c in citations):
            return None  # nothing depends on the date
        version = document_rules_version(citations, None)
        if version is not None:
            return version.date
        if self._warn is not None:
            self._warn(
                "no --date given and no EP document number of its own to date the text: "
                "EP Rules references are linked to the Rules in force today; give --date"
            )
        return None

    def _resolve(self, unit: Citation, lang: str) -> Resolution:
        if self._resolver is resolve:
            return _offline(unit.key, lang, self._date)
        cached = self._cache.get((unit.key, lang))
        if cached is None:
            cached = self._resolver(unit, lang=lang, date=self._date)
            self._cache[(unit.key, lang)] = cached
        return cached


@functools.lru_cache(maxsize=65_536)
def _offline(key: str, lang: str, date: dt.date | None) -> Resolution:
    """Offline resolution is a pure function of key, language and date, and a
    batch of documents cites the same articles again and again: keep it."""
    return resolve(key, lang=lang, date=date)


def _text_splices(
    text: str, targets: _Targets, css_class: str | None, *, html_out: bool
) -> list[Splice]:
    """Splices for plain text: citations are found in what a reader sees of it
    (link markup already in it, ours included, is not read; its link text is
    read but never linked again)."""
    visible = visible_plain_text(text)
    splices: list[Splice] = []
    for target in targets(visible.text):
        segments = visible.segments(target.start, target.end)
        if not segments:
            continue
        for start, end in segments:
            surface = text[start:end]
            if html_out:
                link_markup = f"{open_tag(target, css_class)}{_escape_text(surface)}</a>"
            elif linkable_surface(surface):
                link_markup = markdown_link(surface, target)
            else:
                continue
            splices.append(Splice(start, end, link_markup))
    return splices


def _escape_text(text: str) -> str:
    return html.escape(text, quote=False)


def _render_markdown(text: str) -> str:
    rendered: str = parser().render(text)
    return rendered
