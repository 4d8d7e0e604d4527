"""``check()``: problems in a draft that a drafter should fix, each with a stable code.

The codes, their titles and messages live in ``data/check_codes.toml``; the
facts the rules rely on (instrument sizes, EP terms, procedure types, OJ
limits) come from the resolver's data files.  Every rule is offline and
deterministic; an online resolver may be passed in to add ``CR010``.

A finding is suppressed by ``citeresolve: ignore[CODE]`` (several codes:
``ignore[CR001,CR003]``) on the line where the finding starts, either in an
HTML/Markdown comment anywhere on that line
(``<!-- citeresolve: ignore[CR003] -->``) or as plain text at the end of it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex
from attrs import frozen

from ..errors import ExtractionTimeoutError
from ..families.eu_acts import number_words
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Language, load, phrase_pattern, union_pattern
from ..limits import CALL_TIMEOUT, scan_timeout
from ..model.citation import Citation
from ..model.family import family
from ..model.keys import TREATY_CODES
from ..pipeline.extract import Analysis, analyse
from ..resolve.ep_rules import RulesVersion, rules_version_at, rules_versions
from ..resolve.offline import Resolution, anachronism_reason, citable_from, resolve
from ..resolve.toolkit import article_number, identifiers
from ..resolve.treaties import lisbon_date
from ..text.clean import CleanText, clean
from ..text.formats import VisibleText
from ..text.inputs import line_col, line_starts
from .check_config import CheckConfig

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


# ----------------------------------------------------------------------- data


_data = table  # every data file is read through knowledge.data


def codes() -> dict[str, CodeInfo]:
    """Every finding code, in order: ``{"CR001": CodeInfo(...), ...}``."""
    table = _data("check_codes.toml")["codes"]
    return {c: CodeInfo(c, str(e["title"]), str(e["message"])) for c, e in sorted(table.items())}


def _facts(section: str) -> Mapping[str, Any]:
    return _data("check_codes.toml")[section]  # type: ignore[no-any-return]


# -------------------------------------------------------------------- the API


@frozen
class _Raw:
    code: str
    start: int
    end: int
    fields: Mapping[str, object]


@frozen
class _Doc:
    text: str
    view: CleanText
    analysis: Analysis
    lang: Language
    date: dt.date | None
    resolutions: tuple[tuple[Citation, Resolution], ...]


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
    analysis = analyse(text, lang=lang or config.lang)
    language = load(analysis.lang)
    resolve_with = resolver or resolve
    resolutions = tuple(
        (c, resolve_with(c, lang=analysis.lang, date=when)) for c in analysis.citations
    )
    doc = _Doc(text, clean(text), analysis, language, when, resolutions)
    raws = _run_rules(doc)
    source = visible.source if visible is not None else text
    starts = line_starts(source)
    table = codes()
    findings = []
    for raw in sorted(raws.values(), key=lambda r: (r.start, r.code)):
        start, end = visible.to_source(raw.start, raw.end) if visible else (raw.start, raw.end)
        if not config.enabled(raw.code) or _suppressed(source, starts, start, raw.code):
            continue
        line, col = line_col(source, start, starts)
        seen = text[raw.start : raw.end]
        fields = {"surface": " ".join(seen.split()), "lang": analysis.lang, **raw.fields}
        message = table[raw.code].message.format(**fields)
        findings.append(Finding(raw.code, message, start, end, line, col, source[start:end]))
    return findings


def _run_rules(doc: _Doc) -> dict[tuple[str, int], _Raw]:
    """Every rule's findings, the first of each code at each offset. Each regex call
    of a rule carries a time limit (:mod:`citeresolve.limits`): a whole-text pass
    :func:`scan_timeout`, an anchored or windowed match ``CALL_TIMEOUT``."""
    raws: dict[tuple[str, int], _Raw] = {}
    try:
        for rule in _RULES:
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
_SUPPRESS = compile_pattern(
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


# ---------------------------------------------------------------------- rules


def _invalid_references(doc: _Doc) -> Iterator[_Raw]:
    """What the resolver rules out: Article 56 TEU, P9_TA(2018)…, 2022/2505(XYZ) …"""
    for citation, resolution in doc.resolutions:
        if resolution.exists is False:
            yield _Raw("CR010", citation.start, citation.end, {"reason": resolution.reason})
            continue
        if resolution.status != "invalid":
            continue
        # Each family names the code of its resolver verdicts (model/family.py);
        # an ECLI has its own code, whatever the family.
        code = family(citation.type).invalid_code
        if citation.parts.ecli is not None:
            code = "CR008"
        if code is not None:
            yield _Raw(code, citation.start, citation.end, {"reason": resolution.reason})


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


def _rules_beyond_version(doc: _Doc) -> Iterator[_Raw]:
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
            yield _Raw("CR002", citation.start, citation.end, {"reason": reason})


def _old_treaty_numbers(doc: _Doc) -> Iterator[_Raw]:
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
        yield _Raw("CR011", citation.start, citation.end, {"reason": reason})


@functools.cache
def _former_pattern(code: str) -> regex.Pattern[str] | None:
    words = _facts("former_article_words").get(code)
    if not words:
        return None
    return compile_pattern(
        r"(?:" + "|".join(phrase_pattern(w) for w in words) + r")[\s\-–]*$", regex.I
    )


def _anachronisms(doc: _Doc) -> Iterator[_Raw]:
    """A reference to what did not exist yet on the document's date: a text
    adopted in 2023 cited in a 2018 text, the TFEU or the Charter in 1995."""
    if doc.date is None:
        return
    for citation, _ in doc.resolutions:
        reason = anachronism_reason(citation.parts, doc.date)
        if reason is not None:
            yield _Raw("CR012", citation.start, citation.end, {"reason": reason})


@functools.cache
def _page_after() -> regex.Pattern[str]:
    return compile_pattern(rf"\s?,?\s*(?:{union_pattern('official_journal', 'page')})\s?\d")


def _official_journal_forms(doc: _Doc) -> Iterator[_Raw]:
    """Classic citations need a page, act-by-act ones take none; issues stay in range."""
    max_issue = int(_facts("official_journal")["max_issue"])
    for citation, resolution in doc.resolutions:
        if citation.type != "oj" or resolution.status == "invalid":
            continue
        parts = citation.parts
        if parts.number is not None:
            after = _page_after().match(doc.text, citation.end, timeout=CALL_TIMEOUT)
            if after is not None:
                reason = (
                    "act-by-act OJ citations (since October 2023) have no page: drop "
                    "the page and cite the act number, e.g. 'OJ L, 2024/1689, 12.7.2024'"
                )
                yield _Raw("CR005", citation.start, after.end(), {"reason": reason})
            continue
        digits = int(str(parts.issue).rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if digits > max_issue:
            reason = f"OJ issue {digits} is out of range (1–{max_issue}): check the issue number"
            yield _Raw("CR005", citation.start, citation.end, {"reason": reason})
        elif parts.page is None and _abbreviated_oj().match(citation.text, timeout=CALL_TIMEOUT):
            # "Official Journal L 42 I of 23 February 2022" written out names a
            # whole issue (corrigenda do); "OJ L 42 I, 23.2.2022" is a citation.
            reason = (
                "a classic OJ citation (before October 2023) needs the first page: "
                "add it, e.g. ', p. 83'"
            )
            yield _Raw("CR005", citation.start, citation.end, {"reason": reason})


@functools.cache
def _abbreviated_oj() -> regex.Pattern[str]:
    return compile_pattern(union_pattern("official_journal", "abbreviations"))


@functools.cache
def _oj_date_pattern() -> regex.Pattern[str]:
    """Looser than the extractor: an OJ abbreviation, its series and a numeric date,
    so that impossible dates ("31.2.2021", "32.1.2021") are seen too."""
    abbreviations = union_pattern("official_journal", "abbreviations")
    connectors = union_pattern("official_journal", "date_connectors")
    return compile_pattern(
        rf"""(?:{abbreviations})(?:\s?,)?\s+(?P<series>[LC])(?![^\W\d_])
        (?:
            \s?,\s*(?:C/)?(?P<aba_year>\d{{4}})/\d{{1,5}}(?!\d)         # act by act
          | -?\s?\d{{1,4}}(?:\s?[A-Z](?![^\W\d_]))?\.?                    # classic issue
        )
        \s?,?\s*(?:{connectors}\s+)?
        (?P<day>\d{{1,2}})\s?[./]\s?(?P<month>\d{{1,2}})\s?[./]\s?(?P<year>\d{{4}})(?!\d)
        """,
        regex.VERBOSE,
    )


def _official_journal_dates(doc: _Doc) -> Iterator[_Raw]:
    view = doc.view.view
    for m in _oj_date_pattern().finditer(view, timeout=scan_timeout(view)):
        start, end = doc.view.to_original(m.start(), m.end())
        day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
        try:
            dt.date(year, month, day)
        except ValueError:
            reason = f"{m['day']}.{m['month']}.{m['year']} is not a date: check the OJ date"
            yield _Raw("CR005", start, end, {"reason": reason})
            continue
        if m["aba_year"] and int(m["aba_year"]) != year:
            reason = (
                f"the act number's year {m['aba_year']} differs from the publication "
                f"year {year}: check the number or the date"
            )
            yield _Raw("CR005", start, end, {"reason": reason})


@functools.cache
def _new_style_with_number_word() -> regex.Pattern[str]:
    domains = union_pattern("acts", "domains")
    return compile_pattern(
        rf"""\((?P<domain>{domains}(?:\s?,\s?{domains})*)\)\s*
        (?P<no>{number_words()})\s*
        (?P<year>(?:19|20)\d{{2}})/(?P<number>\d{{1,5}})(?![\d/])""",
        regex.VERBOSE,
    )


@functools.cache
def _domain_then_number() -> regex.Pattern[str]:
    domains = union_pattern("acts", "domains")
    return compile_pattern(rf"\((?P<domain>{domains}(?:\s?,\s?{domains})*)\)\s*\d")


def _act_numbering(doc: _Doc) -> Iterator[_Raw]:
    """ "(EU) No 2016/679" (since 2015: no "No") and "(EC) 1049/2001" (regulations
    before 2015: "No")."""
    first_new = int(identifiers()["new_act_numbering_year"])
    view = doc.view.view
    for m in _new_style_with_number_word().finditer(view, timeout=scan_timeout(view)):
        if int(m["year"]) < first_new:
            continue  # "(EU) No 1303/2013" read backwards is not this mistake
        start, end = doc.view.to_original(m.start(), m.end())
        reason = (
            f"acts since {first_new} are numbered 'year/number' without '{m['no']}': "
            f"write '({m['domain']}) {m['year']}/{m['number']}'"
        )
        yield _Raw("CR006", start, end, {"reason": reason})
    number_words = doc.lang.section("acts")["number_words"]
    if not number_words:
        return  # the language writes no "No" before old regulation numbers
    number_word = number_words[0]
    for citation, _ in doc.resolutions:
        celex = citation.parts.celex
        if citation.type != "eu_act" or not celex or len(celex) != 10:
            continue
        if celex[0] != "3" or celex[5] != "R" or int(celex[1:5]) >= first_new:
            continue
        domain = _domain_then_number().search(citation.text, timeout=CALL_TIMEOUT)
        if domain is None:
            continue  # "Regulation 1049/2001" without a domain: court style, left alone
        year, number = int(celex[1:5]), int(celex[6:10])
        reason = (
            f"regulations before {first_new} are numbered with '{number_word}': write "
            f"'({domain['domain']}) {number_word} {number}/{year}'"
        )
        yield _Raw("CR006", citation.start, citation.end, {"reason": reason})


def _abbreviations(language: Language) -> set[str]:
    return {a for entry in language.instruments.values() for a in entry["abbreviations"]}


@functools.cache
def _foreign_treaty_abbreviations(code: str) -> tuple[regex.Pattern[str], dict[str, str]] | None:
    """A pattern for the treaty abbreviations of other languages that ``code`` does
    not itself use (TUE is French and Spanish alike: never flagged in either)."""
    from ..knowledge.lang import all_languages

    own = _abbreviations(load(code))
    foreign: dict[str, str] = {}
    for language in all_languages():
        for instrument in TREATY_CODES:
            for abbreviation in language.instruments.get(instrument, {}).get("abbreviations", []):
                if abbreviation not in own:
                    foreign[abbreviation] = instrument
    if not foreign:
        return None
    ordered = sorted(foreign, key=lambda a: (-len(a), a))
    return compile_pattern("|".join(phrase_pattern(a) for a in ordered)), foreign


# A foreign abbreviation counts when it stands where a treaty completes an
# article reference ("Article 215 VWEU", "artikel 107, lid 3, onder c), TFEU"),
# or, when it has four letters or more, anywhere: three-letter ones (ESS, LES,
# TEC) are too often other acronyms.
_AFTER_ARTICLE = compile_pattern(r"(?:\d[a-z]?|\))\.?,?\s+$")


def _foreign_abbreviations(doc: _Doc) -> Iterator[_Raw]:
    found = _foreign_treaty_abbreviations(doc.lang.code)
    if found is None:
        return
    pattern, instrument_of = found
    view = doc.view.view
    for m in pattern.finditer(view, timeout=scan_timeout(view)):
        abbreviation = m.group()
        after_article = _AFTER_ARTICLE.search(
            view, max(0, m.start() - 12), m.start(), timeout=CALL_TIMEOUT
        )
        if len(abbreviation) < 4 and after_article is None:
            continue
        instrument = instrument_of[abbreviation]
        entry = doc.lang.instruments.get(instrument, {})
        own = entry.get("abbreviations") or entry.get("names") or [instrument]
        start, end = doc.view.to_original(m.start(), m.end())
        yield _Raw("CR007", start, end, {"abbreviation": abbreviation, "expected": own[0]})


@functools.cache
def _identifier_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    grammar = _facts("identifiers")
    return compile_pattern(grammar["celex"]), compile_pattern(grammar["ecli"])


# Things that look like a CELEX number or an ECLI, whatever follows the prefix.
_LOOSE_CELEX = compile_pattern(r"(?<![\w])CELEX\s?:\s?(?P<id>[0-9A-Za-z][0-9A-Za-z()/\-]*)")
_LOOSE_ECLI = compile_pattern(r"(?<![\w:])ECLI:(?P<id>[0-9A-Za-z.:]+)")


def _identifier_grammar(doc: _Doc) -> Iterator[_Raw]:
    celex, ecli = _identifier_patterns()
    view = doc.view.view
    for m in _LOOSE_CELEX.finditer(view, timeout=scan_timeout(view)):
        ident = m["id"]
        if ident.endswith(")") and ident.count("(") < ident.count(")"):
            ident = ident[:-1]  # "(CELEX:32016R0679)"
        ident = ident.rstrip(".-/")
        if celex.fullmatch(ident, timeout=CALL_TIMEOUT):
            continue
        start, end = doc.view.to_original(m.start(), m.start("id") + len(ident))
        reason = (
            f"'{ident}' is not a CELEX number (sector, 4-digit year, descriptor, "
            "number, e.g. 32016R0679): check it on EUR-Lex"
        )
        yield _Raw("CR008", start, end, {"reason": reason})
    for m in _LOOSE_ECLI.finditer(view, timeout=scan_timeout(view)):
        ident = m["id"].rstrip(".:")
        if ecli.fullmatch(ident, timeout=CALL_TIMEOUT):
            continue
        start, end = doc.view.to_original(m.start(), m.start("id") + len(ident))
        reason = (
            f"'ECLI:{ident}' is not an ECLI (country, court, 4-digit year, number, "
            "e.g. ECLI:EU:C:2020:559): check it on EUR-Lex or CURIA"
        )
        yield _Raw("CR008", start, end, {"reason": reason})


@functools.cache
def _visa_pattern(code: str) -> regex.Pattern[str] | None:
    openers = _facts("visa_openers").get(code)
    if not openers:
        return None
    # A visa line may start with a list mark, a dash, a number or emphasis.
    return compile_pattern(
        r"[\s\-–—•*_>#\d.()]*(?:" + "|".join(phrase_pattern(p) for p in openers) + ")",
        regex.IGNORECASE,
    )


@functools.cache
def _named_after(code: str) -> regex.Pattern[str]:
    """ "of the Kazakh Criminal Code", "thereof": the article has an instrument."""
    articles = load(code).articles
    words = [*articles["of"], *articles["thereof"]]
    return compile_pattern(r"[\s,]*(?:" + "|".join(phrase_pattern(p) for p in words) + ")")


@functools.cache
def _named_before(code: str) -> regex.Pattern[str]:
    """ "the Protocol on the Statute …, and in particular Article 63": named before."""
    words = load(code).articles["in_particular"]
    return compile_pattern(r"(?:" + "|".join(phrase_pattern(p) for p in words) + r")\s*$")


def _articles_without_instrument(doc: _Doc) -> Iterator[_Raw]:
    """An article in a visa ("having regard to Article 12,") must name its instrument;
    elsewhere a bare article may be the document's own."""
    visa = _visa_pattern(doc.lang.code)
    if visa is None:
        return
    text = doc.text
    foreign = [r.start for r in _foreign_abbreviations(doc)]
    for orphan in doc.analysis.orphans:
        named_after = _named_after(doc.lang.code).match(text, orphan.end, timeout=CALL_TIMEOUT)
        window = max(0, orphan.start - 40), orphan.start
        named_before = _named_before(doc.lang.code).search(text, *window, timeout=CALL_TIMEOUT)
        if named_after or named_before:
            continue  # "Article 405 of the Kazakh Criminal Code": an instrument is named
        if any(orphan.end <= s <= orphan.end + 3 for s in foreign):
            continue  # "Article 215 VWEU" in English: CR007 says what is wrong
        line_start = text.rfind("\n", 0, orphan.start) + 1
        if visa.match(text, line_start, orphan.start, timeout=CALL_TIMEOUT):
            yield _Raw("CR009", orphan.start, orphan.end, {})


_RULES: tuple[Callable[[_Doc], Iterator[_Raw]], ...] = (
    _invalid_references,
    _rules_beyond_version,
    _old_treaty_numbers,
    _anachronisms,
    _official_journal_forms,
    _official_journal_dates,
    _act_numbering,
    _foreign_abbreviations,
    _identifier_grammar,
    _articles_without_instrument,
)
