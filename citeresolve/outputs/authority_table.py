"""The table of authorities as values and in its output formats: Markdown, CSV, JSON
and HTML (``TableOfAuthorities.render``). Built by :mod:`.authorities`."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
from attrs import frozen

from ..model.writers import Writers

# The table's output formats: each a method of TableOfAuthorities registered here.
WRITERS: Writers[Callable[[TableOfAuthorities], str]] = Writers("table of authorities")


@frozen
class Occurrence:
    """One citation: the document, where in it ("line 12", "footnote 2"), its text."""

    document: str
    location: str
    text: str
    # Position among all the citations tabulated: document order, then text order.
    seq: int = attrs.field(default=0, eq=False, repr=False)

    @property
    def place(self) -> str:
        """The location with the document's name: ``draft.docx, footnote 2``."""
        return f"{self.document}, {self.location}" if self.document else self.location


@frozen
class Entry:
    """One key (a whole instrument, or one pin of it) and its citations."""

    key: str
    label: str
    url: str | None
    occurrences: tuple[Occurrence, ...]

    @property
    def count(self) -> int:
        return len(self.occurrences)


@frozen
class Authority:
    """One cited instrument: its own key (``TEU``, ``CELEX:32013R1311``,
    ``OJ:C:2021:023:83`` …) and every key cited under it, in article order."""

    kind: str
    key: str
    label: str
    url: str | None
    entries: tuple[Entry, ...]

    @property
    def count(self) -> int:
        return sum(e.count for e in self.entries)

    @property
    def occurrences(self) -> list[Occurrence]:
        """Its citations, in the order of the documents and within them of the text."""
        return sorted((o for e in self.entries for o in e.occurrences), key=lambda o: o.seq)

    @property
    def locations(self) -> list[str]:
        """Where it is cited, each place once, with the document's name."""
        return _unique(o.place for o in self.occurrences)


@frozen
class Group:
    kind: str
    title: str
    authorities: tuple[Authority, ...]

    @property
    def count(self) -> int:
        return sum(a.count for a in self.authorities)


@frozen
class TableOfAuthorities:
    """Every instrument the documents cite, grouped by kind (see the module doc)."""

    documents: tuple[str, ...]
    lang: str
    groups: tuple[Group, ...]

    @property
    def citations(self) -> int:
        """How many citations there are; the keys' counts add up to it."""
        return sum(g.count for g in self.groups)

    @property
    def authorities(self) -> list[Authority]:
        return [a for g in self.groups for a in g.authorities]

    def to_dict(self) -> dict[str, Any]:
        return {
            "v": 1,
            "documents": list(self.documents),
            "lang": self.lang,
            "citations": self.citations,
            "instruments": len(self.authorities),
            "groups": [
                {
                    "kind": g.kind,
                    "title": g.title,
                    "count": g.count,
                    "authorities": [_authority_dict(a) for a in g.authorities],
                }
                for g in self.groups
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def to_csv(self) -> str:
        """One row per key; the ``count`` column adds up to :attr:`citations`."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            ["kind", "instrument", "instrument_label", "key", "label", "url", "count", "locations"]
        )
        for a in self.authorities:
            for e in a.entries:
                writer.writerow(
                    [
                        a.kind,
                        a.key,
                        a.label,
                        e.key,
                        e.label,
                        e.url or "",
                        e.count,
                        "; ".join(_unique(o.place for o in e.occurrences)),
                    ]
                )
        return out.getvalue()

    def to_markdown(self) -> str:
        """A Markdown section per kind: a row per instrument (its label linked, its
        count, where it is cited) and an indented row per article cited."""
        lines: list[str] = []
        for g in self.groups:
            lines += [f"### {g.title}", "", "| Authority | Cited | Where |", "|---|---:|---|"]
            for a, rows in self._rows(g):
                lines.append(
                    f"| {_md_link(a.label, a.url, bold=True)} | {a.count} | "
                    f"{_md_cell(self._where(a.occurrences))} |"
                )
                for e in rows:
                    lines.append(
                        f"| &emsp;{_md_link(e.label, e.url)} | {e.count} | "
                        f"{_md_cell(self._where(list(e.occurrences)))} |"
                    )
            lines.append("")
        lines.append(
            f"{len(self.authorities)} instruments, {self.citations} citations"
            + (f" in {', '.join(self.documents)}." if self.documents else ".")
        )
        return "\n".join(lines) + "\n"

    def to_html(self) -> str:
        """The same table as :meth:`to_markdown`, as an HTML ``<section>``."""
        esc = html.escape
        parts = ['<section class="citeresolve-authorities">']
        for g in self.groups:
            parts.append(f"<h3>{esc(g.title)}</h3>")
            parts.append(
                "<table><thead><tr><th>Authority</th><th>Cited</th><th>Where</th></tr>"
                "</thead><tbody>"
            )
            for a, rows in self._rows(g):
                parts.append(
                    f'<tr class="instrument" data-key="{esc(a.key)}"><td>'
                    f"{_html_link(a.label, a.url)}</td><td>{a.count}</td>"
                    f"<td>{esc(self._where(a.occurrences))}</td></tr>"
                )
                for e in rows:
                    parts.append(
                        f'<tr class="pin" data-key="{esc(e.key)}"><td>'
                        f"{_html_link(e.label, e.url)}</td><td>{e.count}</td>"
                        f"<td>{esc(self._where(list(e.occurrences)))}</td></tr>"
                    )
            parts.append("</tbody></table>")
        parts.append(
            f"<p>{len(self.authorities)} instruments, {self.citations} citations.</p></section>"
        )
        return "\n".join(parts) + "\n"

    @staticmethod
    def _rows(group: Group) -> Iterator[tuple[Authority, list[Entry]]]:
        """Each instrument with the rows under it: its pins (the instrument cited
        as a whole is counted in its own row)."""
        for a in group.authorities:
            yield a, [e for e in a.entries if e.key != a.key]

    def _where(self, occurrences: list[Occurrence]) -> str:
        """Places, each once and shortened: ``lines 22, 40`` or ``paragraph 4,
        footnote 2``; with the document's name when there are several."""
        several = len(self.documents) > 1
        places = _unique(o.place if several else o.location for o in occurrences)
        shown: list[str] = []
        last_prefix = None
        for place in places[:_WHERE_MAX]:
            prefix, _, number = place.rpartition(" ")
            if number.isdigit() and prefix == last_prefix:
                shown[-1] += f", {number}"
                continue
            shown.append(place)
            last_prefix = prefix if number.isdigit() else None
        more = len(places) - _WHERE_MAX
        return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")

    def render(self, format: str) -> str:
        """The table in one of :data:`FORMATS` (``md``, ``csv``, ``json``, ``html``)."""
        return WRITERS[format](self)


# In the order the command line lists them.
WRITERS.register("md")(TableOfAuthorities.to_markdown)
WRITERS.register("csv")(TableOfAuthorities.to_csv)
WRITERS.register("json")(TableOfAuthorities.to_json)
WRITERS.register("html")(TableOfAuthorities.to_html)
FORMATS = WRITERS.names()


def _authority_dict(a: Authority) -> dict[str, Any]:
    return {
        "key": a.key,
        "label": a.label,
        "url": a.url,
        "count": a.count,
        "locations": a.locations,
        "keys": [
            {
                "key": e.key,
                "label": e.label,
                "url": e.url,
                "count": e.count,
                "occurrences": [
                    {"document": o.document, "location": o.location, "text": o.text}
                    for o in e.occurrences
                ],
            }
            for e in a.entries
        ],
    }


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


_WHERE_MAX = 12


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _md_link(label: str, url: str | None, *, bold: bool = False) -> str:
    text = _md_cell(label.replace("[", "\\[").replace("]", "\\]"))
    if bold:
        text = f"**{text}**"
    return f"[{text}](<{url}>)" if url else text


def _html_link(label: str, url: str | None) -> str:
    if not url:
        return html.escape(label)
    return f'<a href="{html.escape(url)}">{html.escape(label)}</a>'
