"""EU acts cited in the style of national legal databases: the act word, the Union or
Community, the act's date, then its number without year (it "Regolamento Unione
Europea 7 febbraio 2024, n. 590", "Direttiva UE 23 ottobre 2019, n. 1937"), as those
databases cite national laws ("Legge 7 agosto 1990, n. 241"). The year of the number
is the year of the date. Only the names of the Union or Community that the language
files list (``[acts] dated_domains``) may stand between the act word and the date:
"Regolamento regionale 7 febbraio 2024, n. 5" is a region's; an EU author may follow them
(it "Regolamento UE del Parlamento europeo e del Consiglio del 29 aprile 2021, n. 782")
and stands for them. Without either, the act is
an EU act where the text also cites it by its EU number ("Direttiva 8 giugno 2016, n.
943. Direttiva (UE) 2016/943 del Parlamento europeo …"): national acts are dated so too."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import all_languages, alternation, kept_union, union_pattern
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.keys import KeyParts
from .act_numbers import ACT_KINDS
from .act_words import DATE

# The kinds of act such databases cite so; their numbers are year and serial.
_KINDS = ("regulation", "directive", "decision")
# A comma right after a year: the first scan (a literal, then a look-behind).
_AFTER_YEAR = lazy_pattern(r",(?<=(?:19|20)\d{2},)")
# How far before the date's comma the act word may stand.
_REACH = 120


@functools.cache
def _dated_languages() -> tuple[frozenset[str], tuple[str, ...], str]:
    """The languages that cite acts so, their number words and their names of the Union."""
    codes = frozenset(_of_dated_languages("", "code"))
    words = tuple(_of_dated_languages("acts", "number_words"))
    domains = _of_dated_languages("acts", "dated_domains")
    return codes, words, alternation(domains) if domains else "(?!)"


def _of_dated_languages(section: str, field: str) -> list[str]:
    """One field's phrases over the languages that cite acts so ("" "code": their codes),
    kept across processes (:func:`~citeresolve.knowledge.lang.kept_union`)."""

    def build() -> list[str]:
        languages = [lang for lang in all_languages() if lang.section("acts").get("dated_domains")]
        if not section:
            return [lang.code for lang in languages]
        return [p for lang in languages for p in lang.section(section).get(field, [])]

    return kept_union(f"dated\0{section}\0{field}", build, __file__)


@functools.cache
def _author_words() -> tuple[str, str]:
    """The EU authors and the date connectors of the languages that cite acts so: it
    "Regolamento UE del Parlamento europeo e del Consiglio del 29 aprile 2021, n. 782"."""
    authors = _of_dated_languages("acts", "authors")
    connectors = _of_dated_languages("official_journal", "date_connectors")
    return alternation(authors), alternation(connectors)


@functools.cache
def _number_after() -> regex.Pattern[str]:
    """The number word and the serial after the date's comma."""
    words = alternation(list(_dated_languages()[1]))
    return compile_pattern(rf",\s?(?:{words})\s?(?P<serial>\d{{1,4}})(?![\d/]|[.,]\d)")


@functools.cache
def _before() -> regex.Pattern[str]:
    """Act word, Union and date, matched backwards from the comma (one attempt)."""
    words = "|".join(f"(?P<{kind}>{union_pattern('acts', kind)})" for kind in _KINDS)
    return compile_pattern(
        rf"""(?:{words})\s+(?:(?P<domain>{_dated_languages()[2]})\s+)?
            (?:(?P<author>{_author_words()[0]})\s+(?:(?:{_author_words()[1]})\s+)?)?
            \d{{1,2}}\s[^\W\d_]{{3,12}}\s(?P<year>(?:19|20)\d{{2}})$""",
        regex.VERBOSE | regex.REVERSE,
    )


def dated_acts(
    view: str, lang: str | None = None, cited: Sequence[Candidate] = ()
) -> list[Candidate]:
    """The acts of ``view`` (in language ``lang``, None: unknown) cited by act word,
    Union, date and number, or without the Union where one of ``cited`` (the acts read
    from their numbers) is the same act."""
    if lang is not None and lang not in _dated_languages()[0]:
        return []
    known = {c.parts.celex for c in cited}
    found = []
    for match in _AFTER_YEAR.finditer(view, timeout=scan_timeout(view)):
        comma = match.start()
        number = _number_after().match(view, comma)
        if number is None:
            continue
        m = _before().match(view, max(0, comma - _REACH), comma)
        if m is None:
            continue
        kind = next(k for k in _KINDS if m[k])
        celex = f"3{m['year']}{ACT_KINDS[kind].descriptor}{int(number['serial']):04d}"
        if m["domain"] is None and m["author"] is None and celex not in known:
            continue
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), m.start(), number.end()))
    return found + _dated_after(view)


@functools.cache
def _connector() -> regex.Pattern[str]:
    """The word joining a number to its act's date, after a digit (it "n. 852 del")."""
    words = [w for ws in table("act_words.toml")["number_year"].values() for w in ws]
    return compile_pattern(rf"(?<=\d)\s(?:{alternation(words)})\s" if words else "(?!)")


@functools.cache
def _numbered_before() -> regex.Pattern[str]:
    """Act word, Union and number word before the serial, matched backwards (one attempt)."""
    words = "|".join(f"(?P<{kind}>{union_pattern('acts', kind)})" for kind in _KINDS)
    numbers = alternation(list(_dated_languages()[1]))
    return compile_pattern(
        rf"(?:{words})\s+(?:{_dated_languages()[2]})\s+(?:{numbers})\s?(?P<serial>\d{{1,4}})$",
        regex.REVERSE,
    )


def _dated_after(view: str) -> list[Candidate]:
    """Acts cited by act word, Union and number, with the act's date after the number
    in place of its year (it "Regolamento UE n. 852 del 17 maggio 2017", "Regolamento CE
    n 1069 del 21.10.2009"): the Union is required, as national laws are cited so too
    ("legge n. 241 del 7 agosto 1990")."""
    found = []
    for joint in _connector().finditer(view, timeout=scan_timeout(view)):
        m = _numbered_before().match(view, max(0, joint.start() - _REACH), joint.start())
        date = DATE.match(view, joint.end()) if m is not None else None
        if m is None or date is None or not date.group()[-4:].startswith(("19", "20")):
            continue
        kind = next(k for k in _KINDS if m[k])
        celex = f"3{date.group()[-4:]}{ACT_KINDS[kind].descriptor}{int(m['serial']):04d}"
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), m.start(), date.end()))
    return found
