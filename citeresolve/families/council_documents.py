"""Documents of the Council register: "ST 12345/23", "Council document 12345/23",
"doc. 9876/21 REV 1", "ST 9876 2021 INIT", "ST/14128/2019/INIT", "Ratsdok. 7388/1/05"
(revision 1, written between number and year).

Keys are ``ST-<number>-<yyyy>`` plus the revisions, addenda and corrigenda in
the order written (``ST-9876-2021-REV1``, ``ST-9876-2021-ADD1-REV2``); INIT is
the first version and is dropped. A number counts only after "ST" or a word for
"Council document" (``data/council_documents.toml``); a bare "12345/23" is not
a citation. ``KeyParts``: ``number``, ``year`` and ``suffix`` (``"ADD1-REV2"``).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import regex

from ..knowledge.data import table
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built, Request, Unknown, url
from ..text.scan import Trigger


def _data() -> dict[str, Any]:
    return table("council_documents.toml")


@functools.cache
def _pattern() -> regex.Pattern[str]:
    # Longest first; ties in a fixed order, so that every process builds the same
    # pattern (equal-length words match the same span, so the order decides nothing).
    words = sorted({w for ws in _data()["words"].values() for w in ws}, key=lambda w: (-len(w), w))
    # A word that ends in a letter must end there ("doc" is not "document").
    alternation = "|".join(regex.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in words)
    kinds = "|".join(_data()["suffixes"])
    return deferred_pattern(
        rf"""
        (?:
        # The year in brackets first, as COM numbers are written: "ST(2024)15342".
            (?<![\w/.-])ST\((?P<bracket_year>\d{{4}})\)(?P<bracket_number>[1-9]\d{{0,4}})(?![\d/])
          | (?:
                (?<![\w/.-])ST[ /]?                       # ST 12345/23, ST/14128/2019
              | (?<!\w)(?i:{alternation})\s*(?:ST\s?)?    # Council document 12345/23
            )
            (?P<number>[1-9]\d{{0,4}})
            (?:/(?P<rev>[1-9]\d?)(?=/\d))?              # "7388/1/05": revision 1 of 7388/05
            (?:/(?P<year>\d{{4}}|\d{{2}})|\x20(?P<spaced_year>\d{{4}}))(?!\d)(?!/\d)
        )
        (?P<suffixes>(?:[ /](?:{kinds})[ /-]?[1-9]\d?(?!\d)){{0,3}})
        (?:[ /]INIT(?!\w))?
        """,
        regex.VERBOSE,
    )


@functools.cache
def _trigger() -> Trigger:
    """Where a match can start: "ST" or a word for "Council document". The pattern is
    tried only there, anchored: tried at every position of the text, its
    case-insensitive alternation cost more than all the other families together."""
    # Only "ST" before its number and these words, each ending as a word, are matched
    # where it fires (_pattern): a first word is checked with the start of the next
    # ("council doc"), so that the many "Council" of a text fire nothing.
    words = sorted({w for ws in _data()["words"].values() for w in ws})
    return Trigger(["ST", *words], whole_phrases=True)


_SUFFIX = lazy_pattern(r"(?P<kind>[A-Z]{3})[ /-]?(?P<n>\d{1,2})")


def _year(written: str) -> int:
    if len(written) == 4:
        return int(written)
    yy = int(written)
    return 2000 + yy if yy < int(_data()["century_pivot"]) else 1900 + yy


def find(view: str) -> list[Candidate]:
    found = []
    end = 0
    for pos in _trigger().positions(view):
        if pos < end:
            continue  # inside the last match, as a scan of the whole text would skip it
        # Built where a match may start (most texts have none: a first call builds nothing).
        m = _pattern().match(view, pos)
        if m is None:
            continue
        end = m.end()
        written = [f"{s['kind']}{s['n']}" for s in _SUFFIX.finditer(m["suffixes"])]
        if m["rev"]:
            # The register writes a revision between number and year too
            # ("14312/1/20 REV 1" is the same document as "14312/20 REV 1").
            written = [f"REV{m['rev']}", *(s for s in written if s != f"REV{m['rev']}")]
        suffix = "-".join(written)
        parts = KeyParts(
            type="council_doc",
            number=m["number"] or m["bracket_number"],
            year=_year(m["year"] or m["spaced_year"] or m["bracket_year"]),
            suffix=suffix or None,
        )
        found.append(Candidate(parts, m.start(), m.end()))
    return found


_KEY = lazy_pattern(
    r"ST-(?P<number>[1-9]\d{0,4})-(?P<year>\d{4})"
    r"(?:-(?P<suffix>(?:REV|ADD|COR)[1-9]\d?(?:-(?:REV|ADD|COR)[1-9]\d?){0,2}))?"
)


def format_key(parts: KeyParts) -> str:
    tail = f"-{parts.suffix}" if parts.suffix else ""
    return f"ST-{parts.number}-{parts.year}{tail}"


def _written_suffix(parts: KeyParts) -> list[str]:
    """``"ADD1-REV2"`` -> ``["ADD 1", "REV 2"]``, as the register writes them."""
    return [f"{s['kind']} {s['n']}" for s in _SUFFIX.finditer(parts.suffix or "")]


def resolve(req: Request) -> Built:
    parts = req.parts
    year = int(parts.year or 0)
    first = int(_data()["register_first_year"])
    if year < first:
        raise Unknown(f"the Council register lists documents from {first} on, not {year}")
    version = "-".join(s.replace(" ", "-") for s in _written_suffix(parts)) or "INIT"
    fields = {"number": parts.number, "year": year, "version": version}
    return Built(url("council_register_pdf", lang=req.lang, **fields))


def label(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    words = _data()["words"]
    word = (words.get(lang) or words["en"])[0]
    number = f"{parts.number}/{int(parts.year or 0) % 100:02d}"
    return " ".join([word, "ST", number, *_written_suffix(parts)])


FAMILY = register(
    Family(
        "council_doc",
        format_key,
        pattern_parser("council_doc", _KEY),
        find=find,
        resolve=resolve,
        label=label,
        key_prefixes=("ST-",),
        title="Council document",
        key_example="ST-12345-2023 or ST-9876-2021-REV1",
    )
)
