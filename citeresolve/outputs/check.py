"""``check()``: problems in a draft that a drafter should fix, each with a stable code.

The codes, their titles and messages live in ``data/check_codes.toml``; the
facts the rules rely on (instrument sizes, EP terms, procedure types, OJ
limits) come from the resolver's data files.  Every rule is offline and
deterministic; an online resolver may be passed in to add ``CR010``. The rules
are in :mod:`.check_rules` (what the resolver rules out) and :mod:`.check_forms`
(how references are written); this module runs them and reports.

A finding is suppressed by ``citeresolve: ignore[CODE]`` (several codes:
``ignore[CR001,CR003]``) on the line where the finding starts, either in an
HTML/Markdown comment anywhere on that line
(``<!-- citeresolve: ignore[CR003] -->``) or as plain text at the end of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from attrs import frozen

from ..errors import ExtractionTimeoutError
from ..knowledge.data import table
from ..knowledge.lang import load
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..pipeline.extract import analyse
from ..resolve.offline import Resolution, resolve
from ..text.clean import clean
from ..text.formats import VisibleText
from ..text.inputs import line_col, line_starts
from . import check_forms, check_rules
from .check_config import CheckConfig
from .check_document import Doc, Raw
from .check_rules import document_rules_version as document_rules_version

Resolver = Callable[..., Resolution]


@frozen
class Finding:
    """One problem: ``text[start:end]`` is the reference as written (0-based code
    points); ``line`` and ``col`` are 1-based."""

    code: str
    message: str
    start: int
    end: int
    line: int
    col: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "line": self.line,
            "col": self.col,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@frozen
class CodeInfo:
    """What a finding code means (``title``) and the template of its message."""

    code: str
    title: str
    message: str


def codes() -> dict[str, CodeInfo]:
    """Every finding code, in order: ``{"CR001": CodeInfo(...), ...}``."""
    entries = table("check_codes.toml")["codes"]
    return {c: CodeInfo(c, str(e["title"]), str(e["message"])) for c, e in sorted(entries.items())}


# -------------------------------------------------------------------- the API


def check(
    text: str,
    *,
    lang: str | None = None,
    date: dt.date | str | None = None,
    config: CheckConfig | None = None,
    resolver: Resolver | None = None,
    visible: VisibleText | None = None,
) -> list[Finding]:
    """The findings in ``text``, in text order.

    ``visible`` is how ``text`` was read from a document in some format
    (:mod:`citeresolve.text.formats`; ``text`` is then ``visible.text``): the
    findings' offsets, lines, columns and surfaces are those of
    ``visible.source``, and so are the ``citeresolve: ignore[…]`` comments.

    ``lang`` (else ``config.lang``, else guessed) is the document's language;
    ``date`` (else ``config.date``) its date, which picks the version of the EP
    Rules; without one, the version is taken from the document's own EP
    document number (``P9_TA(2022)0012`` → 9th term, 2022).  ``config``
    enables and disables codes.  ``resolver`` replaces :func:`resolve`
    (e.g. ``OnlineResolver(...).resolve``, which adds ``CR010``).
    """
    from ..dates import parse_date

    config = config or CheckConfig()
    when = parse_date(date) if date is not None else config.date
    doc = _document(text, lang or config.lang, when, resolver)
    return _findings(doc, _run_rules(doc), config, visible)


def _document(text: str, lang: str | None, when: dt.date | None, resolver: Resolver | None) -> Doc:
    """The document the rules check: its citations found and resolved at ``when``."""
    analysis = analyse(text, lang=lang)
    language = load(analysis.lang)
    resolve_with = resolver or resolve
    resolutions = tuple(
        (c, resolve_with(c, lang=analysis.lang, date=when)) for c in analysis.citations
    )
    return Doc(text, clean(text), analysis, language, when, resolutions)


def _findings(
    doc: Doc, raws: dict[tuple[str, int], Raw], config: CheckConfig, visible: VisibleText | None
) -> list[Finding]:
    """What the rules found, in text order, placed in the source, worded, and
    without the codes the config disables or a comment in the source ignores."""
    text = doc.text
    source = visible.source if visible is not None else text
    starts = line_starts(source)
    known = codes()
    findings = []
    for raw in sorted(raws.values(), key=lambda r: (r.start, r.code)):
        start, end = visible.to_source(raw.start, raw.end) if visible else (raw.start, raw.end)
        if not config.enabled(raw.code) or _suppressed(source, starts, start, raw.code):
            continue
        line, col = line_col(source, start, starts)
        seen = text[raw.start : raw.end]
        fields = {"surface": " ".join(seen.split()), "lang": doc.analysis.lang, **raw.fields}
        message = known[raw.code].message.format(**fields)
        findings.append(Finding(raw.code, message, start, end, line, col, source[start:end]))
    return findings


def _run_rules(doc: Doc) -> dict[tuple[str, int], Raw]:
    """Every rule's findings, the first of each code at each offset. Each regex call
    of a rule carries a time limit (:mod:`citeresolve.limits`): a whole-text pass
    :func:`scan_timeout`, an anchored or windowed match ``CALL_TIMEOUT``."""
    raws: dict[tuple[str, int], Raw] = {}
    try:
        for rule in (*check_rules.RULES, *check_forms.RULES):
            for raw in rule(doc):
                raws.setdefault((raw.code, raw.start), raw)
    except TimeoutError as exc:
        raise ExtractionTimeoutError(
            f"gave up checking a pathological stretch of text ({len(doc.text):,} "
            f"characters): {exc}; the document was not checked"
        ) from None
    return raws


# ---------------------------------------------------------------- suppression

_CODES = r"(?P<codes>CR\d{3}(?:\s*,\s*CR\d{3})*)"
_SUPPRESS = lazy_pattern(
    rf"<!--\s*citeresolve:\s*ignore\[{_CODES}\]\s*-->"  # a comment anywhere on the line
    rf"|citeresolve:\s*ignore\[{_CODES}\]\s*(?:\*/|-->)?\s*$"  # or the line's last words
)


def _suppressed(text: str, starts: list[int], start: int, code: str) -> bool:
    line, _ = line_col(text, start, starts)
    end = text.find("\n", starts[line - 1])
    line_text = text[starts[line - 1] : end if end >= 0 else len(text)]
    for match in _SUPPRESS.finditer(line_text, timeout=scan_timeout(line_text)):
        listed = match.captures("codes")
        if any(code in (c.strip() for c in group.split(",")) for group in listed):
            return True
    return False
