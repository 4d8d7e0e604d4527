"""The rules of ``check`` that read how references are written: Official Journal
citations (CR005), act numbers around the 2015 switch (CR006), other languages'
treaty abbreviations (CR007), identifiers that do not parse (CR008) and articles
in a visa without their instrument (CR009)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator

import regex

from ..families.act_numbers import number_words
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Language, load, phrase_pattern, union_pattern
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import CALL_TIMEOUT, scan_timeout
from ..model.keys import TREATY_CODES
from ..resolve.toolkit import identifiers
from .check_document import Doc, Raw, Rule, facts


@functools.cache
def _page_after() -> regex.Pattern[str]:
    return compile_pattern(rf"\s?,?\s*(?:{union_pattern('official_journal', 'page')})\s?\d")


def _official_journal_forms(doc: Doc) -> Iterator[Raw]:
    """Classic citations need a page, act-by-act ones take none; issues stay in range."""
    max_issue = int(facts("official_journal")["max_issue"])
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
                yield Raw("CR005", citation.start, after.end(), {"reason": reason})
            continue
        digits = int(str(parts.issue).rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if digits > max_issue:
            reason = f"OJ issue {digits} is out of range (1–{max_issue}): check the issue number"
            yield Raw("CR005", citation.start, citation.end, {"reason": reason})
        elif parts.page is None and _abbreviated_oj().match(citation.text, timeout=CALL_TIMEOUT):
            # "Official Journal L 42 I of 23 February 2022" written out names a
            # whole issue (corrigenda do); "OJ L 42 I, 23.2.2022" is a citation.
            reason = (
                "a classic OJ citation (before October 2023) needs the first page: "
                "add it, e.g. ', p. 83'"
            )
            yield Raw("CR005", citation.start, citation.end, {"reason": reason})


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


def _official_journal_dates(doc: Doc) -> Iterator[Raw]:
    view = doc.view.view
    for m in _oj_date_pattern().finditer(view, timeout=scan_timeout(view)):
        start, end = doc.view.to_original(m.start(), m.end())
        day, month, year = int(m["day"]), int(m["month"]), int(m["year"])
        try:
            dt.date(year, month, day)
        except ValueError:
            reason = f"{m['day']}.{m['month']}.{m['year']} is not a date: check the OJ date"
            yield Raw("CR005", start, end, {"reason": reason})
            continue
        if m["aba_year"] and int(m["aba_year"]) != year:
            reason = (
                f"the act number's year {m['aba_year']} differs from the publication "
                f"year {year}: check the number or the date"
            )
            yield Raw("CR005", start, end, {"reason": reason})


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


def _act_numbering(doc: Doc) -> Iterator[Raw]:
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
        yield Raw("CR006", start, end, {"reason": reason})
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
        yield Raw("CR006", citation.start, citation.end, {"reason": reason})


def _abbreviations(language: Language) -> set[str]:
    return {a for entry in language.instruments.values() for a in entry["abbreviations"]}


@functools.cache
def _foreign_treaty_abbreviations(code: str) -> tuple[regex.Pattern[str], dict[str, str]] | None:
    """A pattern for the treaty abbreviations of other languages that ``code`` does
    not itself use (TUE is French and Spanish alike: never flagged in either)."""
    from ..knowledge.lang import all_languages

    # Compared case-folded: a mixed-case spelling in the data ("Tfue") matches the
    # language's own upper-case one ("TFUE") too, which is never foreign.
    own = {abbreviation.casefold() for abbreviation in _abbreviations(load(code))}
    foreign: dict[str, str] = {}
    for language in all_languages():
        for instrument in TREATY_CODES:
            for abbreviation in language.instruments.get(instrument, {}).get("abbreviations", []):
                if abbreviation.casefold() not in own:
                    foreign[abbreviation] = instrument
    if not foreign:
        return None
    ordered = sorted(foreign, key=lambda a: (-len(a), a))
    folded = {abbreviation.casefold(): instrument for abbreviation, instrument in foreign.items()}
    return compile_pattern("|".join(phrase_pattern(a) for a in ordered)), folded


# A foreign abbreviation counts when it stands where a treaty completes an
# article reference ("Article 215 VWEU", "artikel 107, lid 3, onder c), TFEU"),
# or, when it has four letters or more, anywhere: three-letter ones (ESS, LES,
# TEC) are too often other acronyms.
_AFTER_ARTICLE = lazy_pattern(r"(?:\d[a-z]?|\))\.?,?\s+$")


def _foreign_abbreviations(doc: Doc) -> Iterator[Raw]:
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
        instrument = instrument_of[abbreviation.casefold()]
        entry = doc.lang.instruments.get(instrument, {})
        own = entry.get("abbreviations") or entry.get("names") or [instrument]
        start, end = doc.view.to_original(m.start(), m.end())
        yield Raw("CR007", start, end, {"abbreviation": abbreviation, "expected": own[0]})


@functools.cache
def _identifier_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    grammar = facts("identifiers")
    return compile_pattern(grammar["celex"]), compile_pattern(grammar["ecli"])


# Things that look like a CELEX number or an ECLI, whatever follows the prefix.
_LOOSE_CELEX = lazy_pattern(r"(?<![\w])CELEX\s?:\s?(?P<id>[0-9A-Za-z][0-9A-Za-z()/\-]*)")
_LOOSE_ECLI = lazy_pattern(r"(?<![\w:])ECLI:(?P<id>[0-9A-Za-z.:]+)")


def _celex_id(ident: str) -> str:
    if ident.endswith(")") and ident.count("(") < ident.count(")"):
        ident = ident[:-1]  # "(CELEX:32016R0679)"
    return ident.rstrip(".-/")


_NOT_CELEX = (
    "'{ident}' is not a CELEX number (sector, 4-digit year, descriptor, "
    "number, e.g. 32016R0679): check it on EUR-Lex"
)
_NOT_ECLI = (
    "'ECLI:{ident}' is not an ECLI (country, court, 4-digit year, number, "
    "e.g. ECLI:EU:C:2020:559): check it on EUR-Lex or CURIA"
)


def _identifier_grammar(doc: Doc) -> Iterator[Raw]:
    celex, ecli = _identifier_patterns()
    view = doc.view.view
    kinds = (
        (_LOOSE_CELEX, celex, _celex_id, _NOT_CELEX),
        (_LOOSE_ECLI, ecli, lambda ident: ident.rstrip(".:"), _NOT_ECLI),
    )
    for loose, grammar, trim, message in kinds:
        for m in loose.finditer(view, timeout=scan_timeout(view)):
            ident = trim(m["id"])
            if grammar.fullmatch(ident, timeout=CALL_TIMEOUT):
                continue
            start, end = doc.view.to_original(m.start(), m.start("id") + len(ident))
            yield Raw("CR008", start, end, {"reason": message.format(ident=ident)})


@functools.cache
def _visa_pattern(code: str) -> regex.Pattern[str] | None:
    # The same openers that start a citation clause for the extractor.
    openers = load(code).articles.get("clause_openers")
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


def _articles_without_instrument(doc: Doc) -> Iterator[Raw]:
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
            yield Raw("CR009", orphan.start, orphan.end, {})


RULES: tuple[Rule, ...] = (
    _official_journal_forms,
    _official_journal_dates,
    _act_numbering,
    _foreign_abbreviations,
    _identifier_grammar,
    _articles_without_instrument,
)
