"""Official Journal citations, classic ("OJ C 23, 21.1.2021, p. 83", "PB C 251 E van
31.8.2013, blz. 93") and act-by-act since October 2023 ("OJ L, 2023/2854, 20.12.2023").

A classic citation without a year ("JO L 124, p. 1" in a judgment, right after
the act it publishes) is returned with ``year=None``; the extractor gives it the
year of the act cited just before. The grammar is :mod:`.oj_grammar`; this module reads
its matches (dates that can be, the year a reference borrows) and registers the family.
"""

from __future__ import annotations

import regex

from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.official_journal import label_oj, resolve_oj
from ..resolve.toolkit import identifiers, year_start
from .oj_bare import bare_references, issue_parts
from .oj_corrigenda import corrigendum_after
from .oj_grammar import matches
from .oj_lists import listed_after
from .oj_words import optional_words, page_words

# Subseries that exist in the C series only: an issue "317 E" with its series
# letter lost in conversion ("Oficiālais Vēstnesis 317 E , 23/12/2006") is a C issue.
_C_ONLY_SUBSERIES = frozenset("AE")


def _plausible(day: str | None, month: str | None) -> bool:
    return day is None or month is None or (1 <= int(day) <= 31 and 1 <= int(month) <= 12)


def parse(view: str) -> list[Candidate]:
    found = []
    for m in matches(view):
        candidate = _candidate(m, view)
        if candidate is not None:
            found.append(candidate)
            words = optional_words("official_journal", "corrigendum")
            # Corrigenda may follow one another: de "S. 1, ber. L 323 S. 37, ber. 2020
            # L 193 S. 16" (each after the one before, the year of the last it names).
            corrigendum = corrigendum_after(view, candidate, words, page_words())
            while corrigendum is not None:
                found.append(corrigendum)
                corrigendum = corrigendum_after(view, corrigendum, words, page_words())
            listed = listed_after(view, candidate)  # de "ABl. C 2023/1340 bzw. 1341"
            while listed is not None:
                found.append(listed)
                listed = listed_after(view, listed)
    taken = [(c.start, c.end) for c in found]
    for bare in bare_references(view):  # el "(L 276/33/20.10.2010)"
        if not any(a < bare.end and bare.start < b for a, b in taken):
            found.append(bare)
    return sorted(found, key=lambda c: c.start)


def _candidate(m: regex.Match[str], view: str) -> Candidate | None:
    """The citation a grammar match makes, or None when it is not one."""
    if m["abbr"] and not _glued_in_full(m, view):
        return None
    if m["c_issue"]:
        return _national(m)
    if m["c_number"]:
        return _act_by_act(m, m["c_series"], m["c_year"], m["c_number"])
    series = m["series"].upper() if m["series"] else m["pre_series"]
    if series is None:
        if m["sub"] not in _C_ONLY_SUBSERIES or m["issue"] is None:
            return None
        series = "C"
    if m["aba_number"]:
        if series == "P" or (m["aba_again"] and m["aba_again"] != m["aba_year"]):
            return None
        return _act_by_act(m, series, m["aba_year"], m["aba_number"])
    if _page_header(m, view):
        return None
    found = _classic(m, series, view)
    if found is not None and not m["series"] and m["pre_series"]:
        found = Candidate(found.parts, m.start("pre_series"), found.end)  # "C ОВ. бр.115"
    if found is not None and m["series"] and view[m.start("series") - 1] == "(":
        # the bracket after a title's date holds the reference: en "(L 235/39)"
        found = Candidate(found.parts, m.start("series"), found.end)
    if series == "P" and (found is None or not _before_series(found.parts.year)):
        return None  # the P series ended when L and C began (1968); it has no years to borrow
    return found


def _page_header(m: regex.Match[str], view: str) -> bool:
    """ "Official Journal of the European Union L 130/1": a page header; not ro "Jurnalul
    Oficial nr. L 166/2004, p. 1" (the issue's year, then its page), nor one alone in
    brackets after its act (hr "(Službeni list Europske unije L 189/34)")."""
    if not m["slash_page"] or m["abbr"] or _year_then_page(m) or _dated_line(m, view):
        return False
    if m["series"] and view[m.start("series") - 1] == "(":
        return (
            False  # en "Official Journal of 21 November 2018 (L 235/39)": a header has no bracket
        )
    return not _bracketed_alone(view, m.start(), m.end())


def _dated_line(m: regex.Match[str], view: str) -> bool:
    """Whether a title's issue and page after a slash are a reference line, no page
    header: set off by a comma and dated, "Official Journal of the European Union, L
    333/1, 27.12.2022" (a header has neither the comma nor its date after it)."""
    if not _first(m, _DAYS):
        return False
    # A connector word before the date is no header's either: it "Gazzetta Ufficiale
    # dell'Unione europea L 354/22 del 28 dicembre 2013", en "… L 354/22 of 28.12.2013"
    between = view[m.end("slash_page") : m.start(_first_group(m, _DAYS))]
    if view[: m.start("series")].rstrip().endswith(","):
        return True
    # A date on a line of its own below a title's header is the act's ("Official Journal
    # of the European Union⏎L 30/58⏎of 16 January 2019"), no reference line's.
    return _WORD.search(between) is not None and "\n" not in between


def _first_group(m: regex.Match[str], groups: tuple[str, ...]) -> str:
    return next(group for group in groups if m[group])


def _glued_in_full(m: regex.Match[str], view: str) -> bool:
    """Whether an abbreviation is not run into a lower-case word before it, or is so
    with a date after its issue: "européenJO C 140 du 21.4.2023, p. 46", "socialJO C
    101 du 12.4.1999." as text that lost its spaces has it (a footnote run into the
    sentence), never a word that happens to end so."""
    if not view[max(0, m.start() - 1) : m.start()].islower():
        return True
    return any(m[g] for g in _DAYS)


def _act_by_act(m: regex.Match[str], series: str, year: str, number: str) -> Candidate | None:
    """An act-by-act number; one written after its year alone (pl "DUUEL. z 2024 r., poz.
    1785") only where the year has act-by-act numbers."""
    if m["c_number"] and int(year) < identifiers()["official_journal"]["act_by_act_first_year"]:
        return None
    parts = KeyParts(type="oj", series=series, year=int(year), number=str(int(number)))
    return Candidate(parts, m.start(), m.end())


def _before_series(year: int | None) -> bool:
    """Whether ``year`` is one of the P series, before the L and C series began."""
    return year is not None and year < identifiers()["official_journal"]["classic_first_year"]


def _national(m: regex.Match[str]) -> Candidate:
    """A national journal's compact form (pl "Dz.U.UE.L.2016.119.1"): all its parts given."""
    parts = issue_parts(
        m["c_series"], int(m["c_year"]), m["c_issue"], int(m["c_page"]), m["c_sub"] or ""
    )
    return Candidate(parts, min(m.start(), m.start("c_year")), m.end())  # "2003 O.J. (L 1) 1"


# The date's groups (see date_style), the reference's own date first; then a year alone.
_DAYS = ("after_day", "before_day")
_MONTHS = ("after_month", "before_month")
_YEARS = ("after_year", "before_year", "year_after", "year_first", "year_issue", "year_slash")


_YEAR = lazy_pattern(r"(?:19[5-9]|20\d)\d\Z")
_WORD = lazy_pattern(r"[^\W\d_]{2}")


def _year_then_page(m: regex.Match[str]) -> bool:
    """Whether the part after the issue's slash is a year: a page follows it (ro "L
    166/2004, p. 1"), or nothing does, neither page nor date (el "(Ε.Ε.Ε.Κ. L199/1985)",
    ro "(JO L 166/2004)": no issue has a page numbered as a year)."""
    slash = m["slash_page"]
    if not slash or not _YEAR.match(slash):
        return False
    return bool(m["page"] or m["page_after"]) or not any(m[g] for g in (*_DAYS, *_YEARS))


def _first(m: regex.Match[str], groups: tuple[str, ...]) -> str | None:
    return next((m[group] for group in groups if m[group]), None)


def _classic(m: regex.Match[str], series: str, view: str) -> Candidate | None:
    """A classic citation: series, issue, and a date or a page (or both)."""
    month = _first(m, _MONTHS)
    if not int(m["issue"]):
        return None  # no issue is numbered 0: ga "( IO L 0, 25.2.2021 )" lost its number
    if not _plausible(_first(m, _DAYS), month) or _after_classic(
        _four_digits(_first(m, _YEARS)), month
    ):
        return None
    # The reference's own date gives the year, never the act cited before it; a year
    # after the issue's slash when a page follows (ro "Jurnalul Oficial nr. L 166/2004,
    # p. 1"): the issue of that year.
    slash = m["slash_page"]
    slash_year = slash if _year_then_page(m) else None
    date_year = _four_digits(_first(m, _YEARS)) or slash_year
    start = m.start()
    bracketed = _YEAR_BEFORE.search(view, max(0, start - 8), start)
    if not date_year and bracketed is not None:
        # English academic style: "[2016] OJ L119/1", the year in brackets before
        date_year, start = bracketed["year"], bracketed.start()
    dated_before = _DATE_BEFORE.search(view, max(0, start - 32), start)
    if not date_year and dated_before is not None:
        # the issue's date before the abbreviation: lv "(2010. gada 30. marta OV C 83, 1. lpp.)"
        date_year = dated_before["year"]
    page = m["page"] or m["page_after"] or m["bare_page"] or (None if slash_year else slash)
    if m["empty"] and not date_year and not _empty_date_read(view, start, m.end()):
        return None
    dated = date_year or _first(m, _DAYS)  # es "DOUE L 229/1, de 18 de septiembre"
    if not dated and page == m["slash_page"] and not _after_act(view, start):
        # Issue and page run together with neither date nor year, not in a bracket
        # after an act (hr footnote "3 SL EU L338/1."): the form of a page header,
        # and nothing says which act's year it would take.
        return None
    if not date_year and not page and not _bracketed_alone(view, start, m.end()):
        # Neither a date nor a page ("JO C 197, , p" in a damaged footnote): too
        # little to borrow a year from the act before, as year-less pages are.
        return None
    year = int(date_year) if date_year else None
    parts = issue_parts(series, year, m["issue"], int(page) if page else None, m["sub"] or "")
    return Candidate(parts, start, m.end())


def _four_digits(year: str | None) -> str | None:
    """A date's year in full: fr "JOUE C 338 du 6-11-12" is 2012 (two digits below the
    century pivot of identifiers.toml [courts] are this century's)."""
    if year is None or len(year) != 2:
        return year
    return str((2000 if int(year) < identifiers()["courts"]["century_pivot"] else 1900) + int(year))


def _after_classic(year: str | None, month: str | None) -> bool:
    """Whether a classic citation is dated after classic numbering ended: cs "Úř. věst.
    L 2225, 30.10.2023" is an act-by-act number that lost its year, no issue 2225."""
    if year is None or month is None:
        return False
    oj = identifiers()["official_journal"]
    return (int(year), int(month)) >= (oj["act_by_act_first_year"], oj["act_by_act_first_month"])


def _after_act(view: str, start: int) -> bool:
    """Whether a reference stands where an act's year-less reference does: in a bracket
    or after a comma right after the act ("Directive (EU) 2015/849 …, OJ L 141/73,"),
    not on a footnote line of its own."""
    return view[start - 1 : start] == "(" or view[max(0, start - 2) : start] == ", "


def _bracketed_alone(view: str, start: int, end: int) -> bool:
    """Whether series and issue open a bracket after the act they publish and end it,
    or end its reference before a remark in words: nl "richtlijn 79/409/EEG … (PbEG L
    103)" is issue 103 of the act's year, and so is "(PbEG L 195, hierna te noemen: de
    richtlijn)", en "(OJ L 195, hereinafter ‘the Directive’)" (a date or a page after
    the comma is the grammar's, so a lower-case word there is none of them)."""
    if view[start - 1 : start] != "(":
        return False
    return view[end : end + 1] == ")" or _REMARK_AFTER.match(view, end) is not None


# A comma, then a word in lower case that goes on in the bracket ("hierna", "hereinafter").
_REMARK_AFTER = lazy_pattern(r",[ ]\p{Ll}{2,}[^()\n]*\)")
_YEAR_BEFORE = lazy_pattern(r"\[(?P<year>(?:19|20)\d{2})\]\s?$")
# A year, a word, the day and the month in words, right before the abbreviation.
_DATE_BEFORE = lazy_pattern(
    r"(?<![\w.])(?P<year>(?:19|20)\d{2})\.\s?[^\W\d_]{3,6}\s\d{1,2}\.\s?[^\W\d_]{3,12}\s$"
)
# A number after the page: a page range that lost its dash too ("s. 1 36"), damage
# beyond the one empty field.
_NUMBER_AFTER = lazy_pattern(r"\s\d")
# What stands right before a reference that follows its act: the bracket it opens, or
# the comma or semicolon after the act's number or its CELEX number in brackets (fi
# "direktiivi 2002/59/EY (32002L0059); EYVL L 208, , s. 10"); a footnote's own line
# ("1 Úř. věst. C 209, , s. 1.") has none of them.
_AFTER_ACT_MARK = lazy_pattern(r"(?:\(|[,;]\s)\Z")


def _empty_date_read(view: str, start: int, end: int) -> bool:
    """Whether a reference whose date field is empty is read through: the year is lost,
    and only the act it publishes gives it, as to a reference written without a date;
    so in a bracket or after a comma or semicolon right after that act ("direktiv
    2010/78/EU (EUT L 331, , s. 120)", hu "1999/31/EK IRÁNYELVE (…) a hulladéklerakókról
    (HL L 182., , 1. o.)", fi "direktiivi 2002/59/EY (32002L0059); EYVL L 208, , s. 10"),
    never in a footnote of its own ("1 Úř. věst. C 209, , s. 1."), and otherwise intact."""
    return _AFTER_ACT_MARK.search(view, max(0, start - 2), start) is not None and (
        _NUMBER_AFTER.match(view, end) is None
    )


# ------------------------------------------------------------------ the family

_KEYS = (
    deferred_pattern(r"OJ:(?P<series>[LC]):(?P<year>\d{4})/(?P<number>\d{1,5})"),
    deferred_pattern(
        r"OJ:(?P<series>[LCP]):(?P<year>\d{4}):(?P<issue>\d{3,4}[A-Z]?)(?::(?P<page>\d{1,5}))?"
    ),
)


def format_key(parts: KeyParts) -> str:
    if parts.number is not None:
        return f"OJ:{parts.series}:{parts.year}/{parts.number}"
    page = "" if parts.page is None else f":{parts.page}"
    return f"OJ:{parts.series}:{parts.year}:{parts.issue}{page}"


# The extractor runs this family itself: a year-less citation takes the year of
# the act cited before it.
FAMILY = register(
    Family(
        "oj",
        format_key,
        pattern_parser("oj", *_KEYS),
        resolve=resolve_oj,
        label=label_oj,
        citable_from=year_start,
        invalid_code="CR005",
        online_check="oj_page",
        key_prefixes=("OJ:",),
        title="Official Journal",
        key_example="OJ:L:2016:119:1 or OJ:L:2023/2854",
    )
)
