"""The rules of ``check`` that read the resolver's verdicts and dates: references that
cannot exist (CR001–CR004, CR008, CR010), Rules above the count of the version cited
(CR002), EC Treaty numbers after Lisbon (CR011) and anachronisms (CR012)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import phrase_pattern
from ..limits import CALL_TIMEOUT
from ..model.citation import Citation
from ..model.family import family
from ..resolve.ep_rules import RulesVersion, rules_version_at, rules_versions
from ..resolve.offline import anachronism_reason, citable_from
from ..resolve.toolkit import article_number
from ..resolve.treaties import lisbon_date
from .check_document import Doc, Raw, Rule, facts


def _invalid_references(doc: Doc) -> Iterator[Raw]:
    """What the resolver rules out: Article 56 TEU, P9_TA(2018)…, 2022/2505(XYZ) …"""
    for citation, resolution in doc.resolutions:
        if resolution.exists is False:
            yield Raw("CR010", citation.start, citation.end, {"reason": resolution.reason})
            continue
        if resolution.status != "invalid":
            continue
        # Each family names the code of its resolver verdicts (model/family.py);
        # an ECLI has its own code, whatever the family.
        code = family(citation.type).invalid_code
        if citation.parts.ecli is not None:
            code = "CR008"
        if code is not None:
            yield Raw(code, citation.start, citation.end, {"reason": resolution.reason})


def document_rules_version(citations: list[Citation], date: dt.date | None) -> RulesVersion | None:
    """The version of the EP Rules a document cites: the one in force on ``date``;
    without a date, the latest version of the term and year of the first EP
    document number in the text (a resolution's own ``P9_TA(2022)0012``)."""
    if date is not None:
        return rules_version_at(date)
    own = next((c for c in citations if c.type == "ep_doc"), None)
    if own is None or own.parts.term is None or own.parts.year is None:
        return None
    candidates = [
        v for v in rules_versions() if v.term == own.parts.term and v.date.year <= own.parts.year
    ]
    return candidates[-1] if candidates else None


def _rules_beyond_version(doc: Doc) -> Iterator[Raw]:
    """A Rule above the number of Rules of the version the document cites
    (``data/ep_rules.toml``); a count not read from the version itself is said
    to be unconfirmed."""
    rules = [(c, r) for c, r in doc.resolutions if c.type == "rules" and r.status == "ok"]
    if not rules:
        return
    version = document_rules_version(doc.analysis.citations, doc.date)
    if version is None or version.rules is None:
        return  # no count for this version: nothing to compare with
    count = version.rules
    for citation, _ in rules:
        pin = citation.parts.pin
        numbers = [pin.article, pin.article_end] if pin is not None else []
        highest = max((article_number(n) for n in numbers if n), default=0)
        if highest > count:
            unconfirmed = "" if version.counts_verified else " (a count not yet confirmed)"
            reason = (
                f"Rule {highest} does not exist in the Rules of the {version.term}th term "
                f"in force from {version.date.isoformat()}, which have {count} Rules{unconfirmed}"
            )
            yield Raw("CR002", citation.start, citation.end, {"reason": reason})


def _old_treaty_numbers(doc: Doc) -> Iterator[Raw]:
    """An EC Treaty or pre-Lisbon EU Treaty article number in a text dated on or
    after 1 December 2009, unless the text itself marks it as old ("ex Article
    95 EC", "ex-artikel 95 EG")."""
    # Without the document's date, the newest reference it cites bounds it from
    # below: a text citing P9_TA(2021)0056 was written in 2021 or later.
    cited = [d for c, _ in doc.resolutions if (d := citable_from(c.parts)) is not None]
    earliest = doc.date or max(cited, default=None)
    if earliest is None or earliest < lisbon_date():
        return
    former = _former_pattern(doc.lang.code)
    for citation, resolution in doc.resolutions:
        if citation.type != "treaty" or citation.parts.instrument != "TEC":
            continue
        if citation.parts.pin is None:
            continue
        before = doc.text[max(0, citation.start - 12) : citation.start]
        if former is not None and former.search(before, timeout=CALL_TIMEOUT):
            continue
        now = resolution.lineage[-1] if resolution.lineage else "its TFEU or TEU article"
        reason = (
            f"the EC Treaty numbering was replaced on {lisbon_date().isoformat()}; "
            f"cite {now} (or mark the old number with 'ex')"
        )
        yield Raw("CR011", citation.start, citation.end, {"reason": reason})


@functools.cache
def _former_pattern(code: str) -> regex.Pattern[str] | None:
    words = facts("former_article_words").get(code)
    if not words:
        return None
    return compile_pattern(
        r"(?:" + "|".join(phrase_pattern(w) for w in words) + r")[\s\-–]*$", regex.I
    )


def _anachronisms(doc: Doc) -> Iterator[Raw]:
    """A reference to what did not exist yet on the document's date: a text
    adopted in 2023 cited in a 2018 text, the TFEU or the Charter in 1995."""
    if doc.date is None:
        return
    for citation, _ in doc.resolutions:
        reason = anachronism_reason(citation.parts, doc.date)
        if reason is not None:
            yield Raw("CR012", citation.start, citation.end, {"reason": reason})


RULES: tuple[Rule, ...] = (
    _invalid_references,
    _rules_beyond_version,
    _old_treaty_numbers,
    _anachronisms,
)
