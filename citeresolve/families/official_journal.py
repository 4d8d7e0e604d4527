"""Official Journal citations, classic ("OJ C 23, 21.1.2021, p. 83", "PB C 251 E van
31.8.2013, blz. 93") and act-by-act since October 2023 ("OJ L, 2023/2854, 20.12.2023").

A classic citation without a year ("JO L 124, p. 1" in a judgment, right after
the act it publishes) is returned with ``year=None``; the extractor gives it the
year of the act cited just before.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Dispatched
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.official_journal import label_oj, resolve_oj
from ..resolve.toolkit import identifiers, year_start
from ..text.scan import Trigger
from .name_variants import every_language_names
from .oj_abbreviations import abbreviations
from .oj_corrigenda import corrigendum_after
from .oj_lists import listed_after
from .oj_words import Words, optional_words, page_words

# Subseries that exist in the C series only: an issue "317 E" with its series
# letter lost in conversion ("Oficiālais Vēstnesis 317 E , 23/12/2006") is a C issue.
_C_ONLY_SUBSERIES = frozenset("AE")


def _glued_digit(alternation: str) -> str:
    # A digit may stand right before an abbreviation or a title: a footnote marker
    # glued to it ("2OJ L 88"), or the CELEX number printed before the title on old
    # EUR-Lex pages ("32001R2580Official Journal L 344"); only a letter forbids it.
    # The series letter may be glued after it too ("JOL 185", "JOC 230", pl "DUUEL. z
    # 2024 r."): a letter after the abbreviation ends it only when it is no series
    # before an issue or a dot and a space.
    # A conversion may also run the word before into a capitalised title (sv
    # "tjänsternaEuropeiska gemenskapernas officiella tidning nr L 015"): the trigger
    # fires inside a word for titles only (_trigger). An abbreviation in capitals may
    # follow an act number's domain, its footnote marker lost ("88/166/CEEJO L 74").
    alternation = alternation.replace(r"(?![^\W\d])", r"(?!(?![LC](?:\s?\d|\.\s))[^\W\d])")
    return alternation.replace(
        r"(?<!\w)", r"(?:(?<![^\W\d])|(?<=\p{Ll})(?=\p{Lu})|(?<=\d/\p{Lu}{2,6})(?=\p{Lu}))"
    )


@functools.cache
def _pattern() -> Dispatched:
    # The abbreviation or title, then the rest: compiled per first character of the
    # abbreviation or title, on first need (the union of 24 languages is large).
    words = Words.of_every_language()
    rest = rf"""
        (?:
            {_national_forms(words)}
          |
            {_journal_form(words)}
        )
        """
    return Dispatched(
        [
            ("abbr", abbreviations()),
            (None, every_language_names("official_journal")),
        ],
        rest,
        regex.VERBOSE,
        keep_names=True,
        transform=_glued_digit,
        heads=True,
    )


def _national_forms(w: Words) -> str:
    """How national journals cite the OJ: series, year, issue and page in a row."""
    return rf"""
            # compact national form: pl "Dz.U.UE.L.2016.119.1", "Dz.U.UE.C.2010.212E.99"
            \.?(?P<c_series>[LC])\.(?P<c_year>(?:19|20)\d{{2}})\.(?P<c_issue>\d{{1,4}})
            (?P<c_sub>[{w.subseries}])?\.(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the Bluebook's form in American papers, the year before the abbreviation:
            # "2003 O.J. (L 1) 1", "2012 O.J. (C 326) 391"
            (?<=(?<![\d/.])(?P<c_year>(?:19|20)\d{{2}})\s\S{{2,6}})\s\((?P<c_series>[LC])\s
            (?P<c_issue>\d{{1,4}})(?:\s?(?P<c_sub>[{w.subseries}]))?\)\s(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the same act by act (since 2023): pl "Dz.U.UE.L.2024.1385"
            \.?(?P<c_series>[LC])\.(?P<c_year>20\d{{2}})\.(?P<c_number>\d{{1,5}})(?![\d.,/]\d|\d)
          |
            # the same with spaces and words: pl "Dz.U.UE.L 1977 nr 145 poz 1"
            \.(?P<c_series>[LC])\s(?P<c_year>(?:19|20)\d{{2}})\s(?:{w.number_words}\s?)?
            (?P<c_issue>\d{{1,4}})\s(?:{w.pages}\s?)?(?P<c_page>\d{{1,5}})(?!\d)
          |
            # the year before the issue, as Polish cites its national journal: pl "Dz. U.
            # UE. L. z 2014 r. poz. 352 str. 1", "Dz.U. UE L z 2016 r. Nr 119, s. 1"; a
            # publisher's line: "Dziennik Urzędowy Unii Europejskiej, L rok 2021 nr 378 str. 15"
            # The series may be glued to the abbreviation: "DUUEL. z 2020 r., Nr 177, poz. 1".
            (?:\s(?:{w.domains}))?\.?,?(?:\s|(?<=\p{{Lu}}))(?P<c_series>[LC])\.?\s
            (?:{w.connectors}|{w.year_words})\s
            (?P<c_year>(?:19|20)\d{{2}})\s?(?:{w.year_marks})?,?\s(?:{w.number_words}|{w.pages})\s?
            (?:
                # the page after a slash: pl "Dz. Urz. UE L z 2022 r. nr 322/79"
                (?P<c_issue>\d{{1,4}})(?:,?\s(?:{w.pages})\s?|/)(?P<c_page>\d{{1,5}})(?!\d)
              |
                # one number alone after the year: act by act, "DUUEL. z 2024 r., poz. 1785"
                (?P<c_number>\d{{1,5}})(?![\d/])
            )
    """


def _journal_form(w: Words) -> str:
    """The OJ's own form: a date or year may come first, then the series, then an
    act-by-act number or a classic issue."""
    return rf"""
        # the series glued to the abbreviation by a conversion: ro "JOL 185", "JOC 230";
        # joined by a hyphen on a publisher's metadata page: "OJ-L 081 vom 31.03.2016";
        # a title in quotes, the series after them: pt "(«Jornal Oficial da União
        # Europeia» L 139 de 30 de Abril de 2004)", fr "« Journal officiel … » L 139", en
        # "‘Official Journal of the European Union’ L 139"
        (?:[ ]?[»"”“'’](?=\s[LC]\s))?
        (?:(?:\s?,)?\s+|(?=[LC]\s?\d)|-(?=[LC]\s\d))
        (?:(?:{w.domains})\s+)?
        (?:(?:(?:{w.connectors})\s+)?{w.date_first},?\s+)?   # ABl. vom 12.03.2014, L 72/4
        # OJ 1990 L 192, pl "Dz.Urz. UE z 2004 r. L 166"
        # the year's ordinal dot before the comma: hr "SL 1998., L 225, str. 16."; or
        # before the series: hu "HL 2009. L 195., 1. o." (the Court's Hungarian form)
        (?:(?:(?:{w.connectors})\s+)?(?P<year_first>(?:19|20)\d{{2}})
            (?:\s?(?:{w.year_marks})|\.(?=,|\s[LC]\s?\d))?,?\s+)?
        (?:{w.number_words}\s*)?
        # the P series: the OJ before 1968 as EUR-Lex writes it, ro "JO P 017, 6.10.1958"
        # the series after its word, as national texts write it: it "serie L n. 119", de
        # "Reihe L, Nr. 119", ro "seria L nr. 119"; its issue on the same line (a page
        # header "Serie L" then "2024/903" on a line of its own is no citation)
        (?:(?:{w.series_words})[ \t](?=[LC](?![^\W\d_])[^\n\d]{{0,12}}\d))?
        # a subseries glued to its series before an issue and its page: fr "n° LI 79/1"
        (?:(?P<series>[LCP])(?:(?P<sub>[{w.subseries}])(?=[ ]\d{{1,4}}/\d))?(?![^\W\d_])
            (?:,?\s?{w.number_words})?)?   # sl "UL L št. 166"
        (?:
            # act by act, also after a number word: sl "UL L št. 2024/1159"; its year
            # written before it too: nl "PbEU L 2024, 2024/1747"
            (?:\s?,\s*|\s+)(?:(?P<aba_again>(?:19|20)\d{{2}}),\s?)?
            (?:C/)?(?P<aba_year>(?:19|20)\d{{2}})/(?P<aba_number>\d{{1,5}})(?!\d)
            (?:\s?,\s*{w.date})?
          |
            {_classic_issue(w)}
        )
    """


def _classic_issue(w: Words) -> str:
    """An issue (and its subseries), then its date or year, then the page."""
    return rf"""
        (?:
            # the issue's date before its number word and number: it "G.U.C.E. L del 27
            # maggio 2019, n. 139", "serie L del 24 maggio 2017 n. 137"
            \s(?:(?:{w.connectors})\s+)?{w.date_first},?\s(?:{w.number_words})\s?
            (?P<issue>\d{{1,4}})(?![\d/])
          |
            # a doubled space after the series as a PDF leaves it: nl "(PbEU 2019, L  305)"
            -?(?:[ ]{{2}}|\s)?(?P<issue>\d{{1,4}})(?!\d)
        )
        # "ABl. L 72/4"; after a title, a page header
        (?:\s?/\s?(?P<slash_page>\d{{1,5}})(?!\d))?
        # a subseries letter (C …E, L …I); any other capital is a page word ("S. 36");
        # the page after its slash: "OJEU 29.12.2006 C 321 E/318"
        (?:\s?(?P<sub>[{w.subseries}])(?![^\W\d_])(?:/(?P<slash_page>\d{{1,5}})(?!\d))?)?\.?
        # the year after the issue, before its date: bg "ОВ L 202 2021, 8.6.2021, стр. 32"
        (?:\s(?P<year_issue>(?:19|20)\d{{2}})(?=,))?
        (?:\s?,?\s*(?:{w.connectors}(?:\s+|(?<=[-'’])))?{w.date}   # glued: "tad-29.12.1992"
          # the year alone between issue and page: sv "EGT nr L 299, 1972, s. 32", with
          # its year mark as the Court writes it in Bulgarian: "ОВ L 82, 2001 г., стр. 16"
          | \s?,\s*(?P<year_after>(?:19|20)\d{{2}})(?:\s?(?:{w.year_marks}))?
            (?=\s?,?\s*(?:{w.pages})\s?\d)
        )?
        (?:
            # a doubled space after the page word (es "p.  24"); an empty date field
            # before it (sv "EUT L 331, , s. 120", de "ABl. L 111 vom , S. 13"): see
            # _empty_date_read
            \s?,?\s*(?P<empty>(?:(?:{w.connectors})\s?)?,\s*)?(?:{w.pages})\s{{0,2}}(?P<page>\d{{1,5}})
            # the page number first: hu "1. o.", lv "1. lpp.", "12./19. lpp."
          | \s?,\s*(?P<empty>,\s*)?
            (?P<page_after>\d{{1,5}})\.?(?:\s?[-–—/]\s?\d{{1,5}}\.?)?\s?(?:{w.pages_after})
        )?
    """


def _plausible(day: str | None, month: str | None) -> bool:
    return day is None or month is None or (1 <= int(day) <= 31 and 1 <= int(month) <= 12)


@functools.cache
def _trigger() -> Trigger:
    # Only these phrases are matched where it fires (_pattern), each ending as a word.
    # An abbreviation with its series glued to it ("JOL 185") is another word: those
    # words are phrases of their own.
    glued = [a + s for a in abbreviations() if a.isalpha() and a.isupper() for s in "LC"]
    names = every_language_names("official_journal")
    # A title's first word of six letters or more also where a conversion glued it to the
    # word before ("tjänsternaEuropeiska"; the grammar asks for that capital, _glued_digit).
    inside = [f"*{n}" for n in names if len(n.split(" ", 1)[0]) >= 6 and n[:1].isupper()]
    # An abbreviation in capitals run into the word before (fr "européenJO C 140 du
    # 21.4.2023, p. 46"): read only with its date and page (_glued_in_full).
    inside += [f"*{a}" for a in abbreviations() if a.isalpha() and a.isupper()]
    phrases = [*abbreviations(), *glued, *names, *inside]
    return Trigger(phrases, whole_words=True)


def _matches(view: str) -> Iterator[regex.Match[str]]:
    """Non-overlapping grammar matches, tried only where an OJ word starts."""
    pattern = _pattern()
    end = 0
    for pos in _trigger().positions(view):
        if pos < end:
            continue
        m = pattern.match(view, pos)
        if m is not None:
            end = m.end()
            yield m


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _matches(view):
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
    return found


def _candidate(m: regex.Match[str], view: str) -> Candidate | None:
    """The citation a grammar match makes, or None when it is not one."""
    if m["abbr"] and not _glued_in_full(m, view):
        return None
    if m["c_issue"]:
        return _national(m)
    if m["c_number"]:
        return _act_by_act(m, m["c_series"], m["c_year"], m["c_number"])
    series = m["series"]
    if series is None:
        if m["sub"] not in _C_ONLY_SUBSERIES or m["issue"] is None:
            return None
        series = "C"
    if m["aba_number"]:
        if series == "P" or (m["aba_again"] and m["aba_again"] != m["aba_year"]):
            return None
        return _act_by_act(m, series, m["aba_year"], m["aba_number"])
    if m["slash_page"] and not m["abbr"] and not _year_then_page(m):
        # "Official Journal of the European Union L 130/1": a page header; not ro
        # "Jurnalul Oficial nr. L 166/2004, p. 1" (the issue's year, then its page)
        return None
    found = _classic(m, series, view)
    if series == "P" and (found is None or not _before_series(found.parts.year)):
        return None  # the P series ended when L and C began (1968); it has no years to borrow
    return found


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
    parts = KeyParts(
        type="oj",
        series=m["c_series"],
        year=int(m["c_year"]),
        issue=f"{int(m['c_issue']):03d}{m['c_sub'] or ''}",
        page=int(m["c_page"]),
    )
    return Candidate(parts, min(m.start(), m.start("c_year")), m.end())  # "2003 O.J. (L 1) 1"


# The date's groups (see date_style), the reference's own date first; then a year alone.
_DAYS = ("after_day", "before_day")
_MONTHS = ("after_month", "before_month")
_YEARS = ("after_year", "before_year", "year_after", "year_first", "year_issue")


_YEAR = lazy_pattern(r"(?:19[5-9]|20\d)\d\Z")


def _year_then_page(m: regex.Match[str]) -> bool:
    """Whether the part after the issue's slash is a year, a page following it."""
    slash = m["slash_page"]
    return bool(slash and (m["page"] or m["page_after"]) and _YEAR.match(slash))


def _first(m: regex.Match[str], groups: tuple[str, ...]) -> str | None:
    return next((m[group] for group in groups if m[group]), None)


def _classic(m: regex.Match[str], series: str, view: str) -> Candidate | None:
    """A classic citation: series, issue, and a date or a page (or both)."""
    month = _first(m, _MONTHS)
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
    page = m["page"] or m["page_after"] or (None if slash_year else slash)
    if m["empty"] and not date_year and not _empty_date_read(view, start, m.end()):
        return None
    dated = date_year or _first(m, _DAYS)  # es "DOUE L 229/1, de 18 de septiembre"
    if not dated and page == m["slash_page"] and view[start - 1 : start] != "(":
        # Issue and page run together with neither date nor year, not in a bracket
        # after an act (hr footnote "3 SL EU L338/1."): the form of a page header,
        # and nothing says which act's year it would take.
        return None
    if not date_year and not page and not _bracketed_alone(view, start, m.end()):
        # Neither a date nor a page ("JO C 197, , p" in a damaged footnote): too
        # little to borrow a year from the act before, as year-less pages are.
        return None
    parts = KeyParts(
        type="oj",
        series=series,
        year=int(date_year) if date_year else None,
        issue=f"{int(m['issue']):03d}{m['sub'] or ''}",
        page=int(page) if page else None,
    )
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


def _bracketed_alone(view: str, start: int, end: int) -> bool:
    """Whether series and issue fill a bracket alone, after the act they publish:
    nl "richtlijn 79/409/EEG … (PbEG L 103)" is issue 103 of the act's year."""
    return view[start - 1 : start] == "(" and view[end : end + 1] == ")"


_YEAR_BEFORE = lazy_pattern(r"\[(?P<year>(?:19|20)\d{2})\]\s?$")
# A number after the page: a page range that lost its dash too ("s. 1 36"), damage
# beyond the one empty field.
_NUMBER_AFTER = lazy_pattern(r"\s\d")


def _empty_date_read(view: str, start: int, end: int) -> bool:
    """Whether a reference whose date field is empty is read through: the year is lost,
    and only the act it publishes gives it, as to a reference written without a date;
    so in a bracket after that act ("direktiv 2010/78/EU (EUT L 331, , s. 120)", hu
    "1999/31/EK IRÁNYELVE (…) a hulladéklerakókról (HL L 182., , 1. o.)"), never in a
    footnote of its own ("1 Úř. věst. C 209, , s. 1."), and otherwise intact."""
    return view[start - 1 : start] == "(" and _NUMBER_AFTER.match(view, end) is None


# ------------------------------------------------------------------ the family

_KEYS = (
    compile_pattern(r"OJ:(?P<series>[LC]):(?P<year>\d{4})/(?P<number>\d{1,5})"),
    compile_pattern(
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
