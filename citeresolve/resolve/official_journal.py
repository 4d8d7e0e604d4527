"""Resolver and label of Official Journal keys: a classic issue (and the document
starting at its page) or an act-by-act number, checked against the years and
subseries the OJ had. Registered by :mod:`citeresolve.families.official_journal`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model.keys import KeyParts
from .toolkit import Built as _Built
from .toolkit import Invalid as _Invalid
from .toolkit import Link, identifiers
from .toolkit import Request as _Request
from .toolkit import Unknown as _Unknown
from .toolkit import url as _url
from .toolkit import word as _word


def resolve_oj(req: _Request) -> _Built:
    oj = identifiers()["official_journal"]
    if req.parts.number is not None:  # act-by-act, since 1 October 2023
        return _resolve_act_by_act(req, oj, req.parts.number)
    if req.parts.series == "P":
        _check_p_series(req.parts, oj)
        raise _Unknown("no URL scheme is known for issues of the OJ before 1968 (P series)")
    return _resolve_issue(req, oj)


def _check_p_series(parts: KeyParts, oj: dict[str, Any]) -> None:
    """The OJ before the L and C series (EUR-Lex's "OJ P 17, 6.10.1958"): its years."""
    year, first = int(parts.year or 0), oj["p_series_first_year"]
    if not first <= year < oj["classic_first_year"]:
        raise _Invalid(f"the OJ's P series runs {first}–{oj['classic_first_year'] - 1}, not {year}")
    if int(str(parts.issue).rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) == 0:
        raise _Invalid("OJ issue 0 does not exist")


def _resolve_act_by_act(req: _Request, oj: dict[str, Any], act_number: str) -> _Built:
    parts = req.parts
    year = int(parts.year or 0)
    series = str(parts.series)
    if year < oj["act_by_act_first_year"]:
        raise _Invalid(f"act-by-act OJ numbers start in October 2023, not {year}")
    if req.date is not None and req.date < dt.date(2023, 10, 1):
        raise _Invalid(f"a text dated {req.date} cannot cite the act-by-act OJ (Oct 2023)")
    number = int(act_number)
    if number == 0:
        raise _Invalid("OJ act number 0 does not exist")
    url = _url("eurlex_oj_act", LANG=req.LANG, series=series, year=year, number=f"{number:05d}")
    # The L-series ELI names the act type (reg, dir …), which the OJ
    # reference does not give; the C series has its own ELI.
    eli = _url("eli_oj_c", year=year, number=number) if series == "C" else None
    return _Built(url, (Link("eli", eli),) if eli else (), eli=eli)


def _resolve_issue(req: _Request, oj: dict[str, Any]) -> _Built:
    """A classic issue (and the document starting at the cited page, if any)."""
    parts = req.parts
    year = int(parts.year or 0)
    series = str(parts.series)
    first, last = oj["classic_first_year"], oj["classic_last_year"]
    if not first <= year <= last:
        raise _Invalid(f"classic OJ issues run {first}–{last}, not {year}")
    issue = str(parts.issue)
    digits, subseries = issue.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), issue.lstrip("0123456789")
    if int(digits) == 0:
        raise _Invalid("OJ issue 0 does not exist")
    if subseries:
        _check_subseries(oj["subseries"].get(subseries), series, subseries, year)
    if parts.page == 0:
        raise _Invalid("OJ page 0 does not exist")
    url = _url("eurlex_oj_issue", LANG=req.LANG, series=series, year=year, issue=issue)
    alternatives: tuple[Link, ...] = ()
    if parts.page is not None:
        # The document that starts at the cited page, if one does: a page inside
        # a document has no address of its own (the online layer can tell).
        document = _url(
            "eurlex_oj_document",
            LANG=req.LANG,
            LANG3=req.LANG3,
            subseries=f"{series}{subseries or '_'}",
            year=year,
            issue=f"{int(digits):03d}",
            page=f"{parts.page:04d}",
        )
        alternatives = (Link("document_at_page", document),)
    return _Built(url, alternatives)


def _check_subseries(rule: dict[str, Any] | None, series: str, subseries: str, year: int) -> None:
    """A subseries (C …E, L …A) exists in some series and years only."""
    if rule is None:
        raise _Invalid(f"unknown OJ subseries {series} …{subseries}")
    if series not in rule["series"] or not (rule["first_year"] <= year <= rule["last_year"]):
        raise _Invalid(
            f"OJ {series} …{subseries} did not exist in {year} "
            f"({'/'.join(rule['series'])}, {rule['first_year']}–{rule['last_year']})"
        )


def label_oj(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    oj = _word(lang, "official_journal", "abbreviations")
    if parts.number is not None:
        return f"{oj} {parts.series}, {parts.year}/{parts.number}"
    issue = str(parts.issue).lstrip("0") or "0"
    label = f"{oj} {parts.series} {issue}, {parts.year}"
    if parts.page is not None:
        label += f", {_word(lang, 'official_journal', 'page')} {parts.page}"
    return label
