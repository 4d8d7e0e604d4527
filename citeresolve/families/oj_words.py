"""The words the Official Journal grammar is built of, over every language file: page
words, date styles (data/identifiers.toml), connectors, year marks and domains
(:mod:`.oj_grammar` builds its grammar of them)."""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import regex

from ..errors import LanguageDataError
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, union_pattern, union_phrases
from ..resolve.toolkit import identifiers

# Where a date style is written: after the issue or act number, before the series, or
# at both places (a month in words: "OJ L 150 of 14 June 2018", "ABl. EU vom 31. Oktober
# 2003 Nr. L 284").
_PLACES = ("after", "before", "both")


def date_style(style: dict[str, Any], year_marks: str, place: str | None = None) -> str:
    """A date style of ``[official_journal.date_styles]`` (data/identifiers.toml) as a
    pattern, its groups named after ``place`` (``after_day``, ``before_year``; by default
    the style's own place, "after" for a style written at both): the styles of a place
    are alternatives, so one of them at most holds a date."""
    written = style["place"]
    if written not in _PLACES:
        raise LanguageDataError(
            f"a date style is written 'after', 'before' or 'both', not {written!r}"
        )
    place = place or ("after" if written == "both" else written)
    pattern = str(style["pattern"]).replace("{year_marks}", year_marks)
    pattern = pattern.replace("{day_marks}", _day_marks())
    for field in ("day", "month", "year"):
        pattern = pattern.replace(f"(?P<{field}>", f"(?P<{place}_{field}>")
    return pattern


def _dates(place: str, year_marks: str) -> str:
    """An alternation of the date styles written at ``place``, in the order of the data."""
    styles = identifiers()["official_journal"]["date_styles"].values()
    read = [date_style(s, year_marks, place) for s in styles if s["place"] in (place, "both")]
    return "(?:" + "|".join(read) + ")"


@functools.cache
def title_colon() -> regex.Pattern[str]:
    """The colon after the number of a EUR-Lex title, and the act's date where the
    language writes it before the institution (lt "2012/490/ES: 2012 m. rugpjūčio 24 d.
    Komisijos sprendimas"): a date style written after an issue, without group names.
    The title may go on on the next line (da "2004/911/EF:\\n    Rådets afgørelse"), after
    the label written again with its domain (older pages: "2004/911/: 2004/911/EF:")."""
    dates = _dates("after", optional_words("official_journal", "year_marks"))
    dates = regex.sub(r"\(\?P<\w+>", "(?:", dates)
    again = r"(?:\d{2,4}/\d+/\p{L}*:[ \t]*)?"
    return compile_pattern(rf":[ \t]*{again}(?:\n[ \t]*)?(?:{dates}[ \t]+)?", anchored=True)


@functools.cache
def optional_words(section: str, field: str) -> str:
    """An alternation of an optional field's phrases over every language file."""
    return alternation(union_phrases(section, field))


class Words(NamedTuple):
    """The alternations of every language's words that the grammar is built of."""

    number_words: str
    pages: str
    pages_after: str
    connectors: str
    year_marks: str
    year_words: str
    series_words: str
    date: str
    date_first: str
    domains: str
    subseries: str
    act_by_act_years: str

    @classmethod
    def of_every_language(cls) -> Words:
        # The year's abbreviation after a date: bg "5.6.2014 г.", pl "17.1.2008 r.".
        year_marks = optional_words("official_journal", "year_marks")
        return cls(
            number_words=union_pattern("official_journal", "number_words"),
            pages=page_words(),
            pages_after=page_words("page_after"),
            connectors=union_pattern("official_journal", "date_connectors"),
            year_marks=year_marks,
            year_words=optional_words("official_journal", "year_words"),
            # "Gazzetta ufficiale dell'Unione europea serie L n. 119", ro "seria L nr. 119"
            series_words=optional_words("official_journal", "series_words"),
            date=_dates("after", year_marks),
            date_first=_dates("before", year_marks),
            # "ABl. EG Nr. L 281", "JO CE L 281": the journal's domain after its abbreviation.
            domains=union_pattern("acts", "domains"),
            subseries="".join(identifiers()["official_journal"]["subseries"]),
            act_by_act_years=_act_by_act_years(),
        )


def _act_by_act_years() -> str:
    """The years that have act-by-act numbers ("OJ L, 2023/2854"): before them "YYYY/N"
    after a series is a classic issue and its page, however misprinted ("ABl 1985 L
    1999/1": issue 1999, page 1)."""
    first = identifiers()["official_journal"]["act_by_act_first_year"]
    return "|".join(str(year) for year in range(2099, first - 1, -1))


def _day_marks() -> str:
    """Every language's ordinal endings of a day, glued to its digits (fr "1er")."""
    marks = set(union_phrases("official_journal", "day_marks"))
    return "|".join(regex.escape(m) for m in sorted(marks)) or "(?!)"


@functools.cache
def page_words(field: str = "page") -> str:
    """Every language's page words, each also without its dot, or with a comma for it:
    a dot lost or mistyped in typing or conversion ("pġ 2", "S 36", lv "1. lpp)", lt
    "OL 2011 L 262, p, 33") leaves the page a page."""
    words = union_phrases("official_journal", field)
    dotted = [w[:-1] for w in words if w.endswith(".")]
    return alternation([*words, *dotted, *(w + "," for w in dotted)])


def journal_aside(journals: list[str]) -> str:
    """An Official Journal reference in brackets right after an act, opened by one of
    ``journals`` (its abbreviations); after a semicolon it may go on with the national
    special edition of the 2004 and later accession languages, never with another act's
    number: hu "(HL 1993. L 95., 29. o.; magyar nyelvű különkiadás 15. fejezet, 2. kötet,
    288. o.)", lv "(OV 2003, L 299, 9. lpp.; Īpašais izdevums latviešu valodā: …)"."""
    # The issue's date may stand before the abbreviation: lv "(2010. gada 30. marta ESOV C
    # 83, 1. lpp.)".
    dated = r"(?:(?:19|20)\d\d\.[ \t]?[^\W\d_]{3,6}[ \t]\d{1,2}\.[ \t]?[^\W\d_]{3,12}[ \t])?"
    return (
        rf"\({dated}(?:{alternation(journals)})(?![^\W\d_])[^()\n;]{{1,60}}"
        rf"(?:;(?![^()\n]{{0,120}}?(?:\d{{4}}/|/\d{{4}}))[^()\n]{{1,120}})?\)"
    )
