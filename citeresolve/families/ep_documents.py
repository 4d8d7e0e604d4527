"""EP document numbers: texts adopted (P9_TA(2021)0056), reports, motions, joint motions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built as _Built
from ..resolve.toolkit import Invalid as _Invalid
from ..resolve.toolkit import Link, identifiers, year_start
from ..resolve.toolkit import Request as _Request
from ..resolve.toolkit import Unknown as _Unknown
from ..resolve.toolkit import url as _url
from ..resolve.toolkit import word as _word
from ..text.scan import matches_from, occurrences

# The "A9-0259/2020" of a page header is glued to the TA number before it
# ("P9_TA(2021)0014A9-0259/2020"), so only a letter may not precede the id.
# "A8-0203/2015/err01" is a corrigendum of the report, a document of its own with
# no key (so is an addendum, "/ADD1"); a revised report ("/REV") is still the report.
# A space may follow the hyphen where a line was wrapped at it (ro "(A6- 0497/2007)").
# The Legislative Observatory numbers a text adopted like a report, "T9-0035/2022": it
# is the text adopted P9_TA(2022)0035.
_PATTERN = lazy_pattern(
    r"""
      (?<![A-Za-z])P(?P<ta_term>\d{1,2})_TA(?:-PROV)?
        \((?P<ta_year>(?:19|20)\d{2})\)(?P<ta_number>\d{4})(?!\d)
    | (?<![A-Za-z-])(?P<rc>RC-)?(?<![A-Za-z])(?P<kind>[ABT])(?P<term>\d{1,2})
        -[^\S\n]?(?P<number>\d{4})/(?P<year>(?:19|20)\d{2})(?!\d|/(?i:err|cor|add))
    """,
    regex.VERBOSE,
)
# The hyphen of a report or motion number, found before the whole pattern is tried.
# The pattern opens with the hyphen itself: the engine skips to a literal first
# character far faster than it tries a digit class at every position.
_HYPHEN = lazy_pattern(r"(?<=\d)-[^\S\n]?\d{4}/")


_DOC_OF_KIND = {"A": "A", "B": "B", "T": "TA"}


def _starts(view: str) -> list[int]:
    """Where a match of _PATTERN may start: a text adopted has "_TA" 2 or 3 characters
    in ("P9_TA(2021)0056"); a report or motion its term's hyphen 2 or 3 in
    ("A9-0259/2020"), 5 or 6 after "RC-" (tests/test_scan.py checks the matches)."""
    # "_" first: one character is found several times faster, and most texts have none.
    starts = [i - d for i in occurrences(view, "_TA") for d in (2, 3)] if "_" in view else []
    hyphens = [m.start() for m in _HYPHEN.finditer(view, timeout=scan_timeout(view))]
    return starts + [k - d for k in hyphens for d in (2, 3, 5, 6)]


def parse(view: str) -> list[Candidate]:
    found = []
    for m in matches_from(_PATTERN, view, _starts(view)):
        if m["ta_term"]:
            parts = KeyParts(
                type="ep_doc",
                doc="TA",
                term=int(m["ta_term"]),
                year=int(m["ta_year"]),
                number=m["ta_number"],
            )
        else:
            if m["rc"] and m["kind"] == "T":
                continue  # a joint motion joins motions (B), never texts adopted
            doc = "RC" if m["rc"] else _DOC_OF_KIND[m["kind"]]
            parts = KeyParts(
                type="ep_doc", doc=doc, term=int(m["term"]), year=int(m["year"]), number=m["number"]
            )
        found.append(Candidate(parts, m.start(), m.end()))
    return found


# -------------------------------------------------------------- resolution


def _term_row(term: int) -> Mapping[str, Any]:
    row = identifiers()["ep_terms"].get(str(term))
    if row is None:
        known = ", ".join(identifiers()["ep_terms"])
        raise _Invalid(f"there is no EP term {term} (known terms: {known})")
    return row  # type: ignore[no-any-return]


def _resolve_ep_doc(req: _Request) -> _Built:
    parts = req.parts
    term, year = int(parts.term or 0), int(parts.year or 0)
    row = _term_row(term)
    if not row["first_year"] <= year <= row["last_year"]:
        raise _Invalid(
            f"EP term {term} ran {row['first_year']}–{row['last_year']}; "
            f"a document of {year} cannot carry it"
        )
    if int(str(parts.number)) == 0:
        raise _Invalid("EP document number 0000 does not exist")
    if not row["doceo"]:
        raise _Unknown(f"doceo is not known to hold documents of EP term {term}")
    fields = {"doc": parts.doc, "term": term, "year": year, "number": parts.number}
    url = _url("doceo_document", LANG=req.LANG, **fields)
    return _Built(url, (Link("pdf", _url("doceo_document_pdf", LANG=req.LANG, **fields)),))


def _label_ep_doc(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    t, y, n = parts.term, parts.year, parts.number
    if parts.doc == "TA":
        return f"{_word(lang, '', 'texts_adopted')} P{t}_TA({y}){n}"
    if parts.doc == "RC":
        return f"RC-B{t}-{n}/{y}"
    return f"{parts.doc}{t}-{n}/{y}"


# ------------------------------------------------------------------ the family

_KEY = lazy_pattern(r"(?P<doc>TA|A|B|RC)-(?P<term>\d{1,2})-(?P<year>\d{4})-(?P<number>\d{4})")


def format_key(parts: KeyParts) -> str:
    return f"{parts.doc}-{parts.term}-{parts.year}-{parts.number}"


FAMILY = register(
    Family(
        "ep_doc",
        format_key,
        pattern_parser("ep_doc", _KEY),
        find=parse,
        resolve=_resolve_ep_doc,
        label=_label_ep_doc,
        citable_from=year_start,
        invalid_code="CR003",
        online_check="http_status",
        key_prefixes=("TA-", "RC-"),
        title="EP document",
        key_example="TA-9-2021-0056 or RC-9-2022-0065",
    )
)
