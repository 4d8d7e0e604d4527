"""One CJEU case number as a list of cases writes it ("C-311/18", "C 60/17" and "C415/19"
with the hyphen lost in conversion, "T-452/20 P", pre-1989 "46/87" with no court letter),
where its year ends, and whether its court sat in that year: shared by the finders of
:mod:`.cases` and :mod:`.case_lists`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lazy_patterns import lazy_pattern
from ..resolve.toolkit import identifiers
from ..text.footnotes import before_first_marker, glued_footnote

# A footnote number may be glued to the year ("C442/092"), and the year may be
# written with four digits ("C-203/2015", el "C-128.2009"): see year_end.
# After a case word the court letter may stand before a slash for its hyphen (hr "u
# predmetu C/103/16").
# A case of the Court of Justice before 1989 (no court letter) may be written with a
# hyphen for its slash, as EUR-Lex titles of old judgments write them: ro "Cauza 25-62.",
# fr "Affaire 25-62." (Case 25/62); never after four digits ("1963-64": years).
_OLD_HYPHEN = r"-(?=[5-8]\d(?![\d/-]))"
ITEM = (
    rf"(?:(?:[CTF]\s?[-/]?\s?)?\d{{1,4}}/|(?<![-\d])\d{{1,3}}{_OLD_HYPHEN})\d{{2}}\d{{0,2}}(?![\d/])"
    r"(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)
LISTED = lazy_pattern(
    r"(?:(?P<court>[CTF])\s?[-/]?\s?)?(?P<number>\d{1,4})"
    rf"(?(court)/|(?:/|(?<=(?<![-\d])\d{{1,3}}){_OLD_HYPHEN}))"
    r"(?P<year>\d{2})(?P<glued>\d{1,2})?(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)
# What separates the numbers of a list: a comma, or a short lower-case word ("and", "e").
SEPARATOR = r"(?:\s?,\s?|\s+\p{Ll}{1,4}\s+)"
# Numbers whose year is written once, after the last of them: "Joined Cases C-267 and
# C-268/91", pt "Processo C 267 e 268/91". Each is read with that year (group ``year``,
# in the look-ahead; ``glued`` never takes part).
_YEARLESS = r"(?:[CTF]\s?-?\s?)?\d{1,4}(?![\d/])"
SHARING = lazy_pattern(
    rf"(?<![\w/])(?:(?P<court>[CTF])\s?-?\s?)?(?P<number>\d{{1,4}})(?![\d/])(?P<glued>(?!))?"
    rf"(?=(?:{SEPARATOR}{_YEARLESS}){{0,5}}{SEPARATOR}(?:[CTF]\s?-?\s?)?\d{{1,4}}/(?P<year>\d{{2}})(?![\d/]))"
)
# A first footnote's "1" glued to a year before the comma or semicolon that goes on
# with the sentence is its marker even where the text kept no footnotes ("(Causa
# C-204/231 , Lufthansa …)", no marker before it): a case year has no third digit.
_MARK_END = lazy_pattern(r"\s?[,;]")
# A list of case numbers after a case word or the Court's name.
ITEMS = rf"(?:{_YEARLESS}{SEPARATOR}){{0,5}}{ITEM}(?:{SEPARATOR}{ITEM}){{0,20}}"


def year_end(view: str, m: regex.Match[str]) -> tuple[str, int] | None:
    """The two-digit year of a case number and where its surface ends, or None when
    the digits after the slash are no case year. Four digits are the year written
    in full ("C-203/2015" is C-203/15); one or two digits more than the year are a
    glued footnote marker only where the document's footnote numbering has them
    ("C-935/191" before marker 2)."""
    if m.groupdict().get("ecli"):
        return m["ecli_year"], m.end()
    glued = m["glued"]
    if not glued:
        return m["year"], m.end()
    full = m["year"] + glued
    if len(full) == 4 and full[:2] in ("19", "20"):
        return glued, m.end()
    if glued_footnote(view, m.end("year"), int(glued), sole=len(glued) == 1):
        return m["year"], m.end("year")
    if glued == "1" and _MARK_END.match(view, m.end()) and before_first_marker(view, m.end()):
        return m["year"], m.end("year")
    return None


def old_year(year: str) -> bool:
    """Whether a number with no court letter has the year of a case of the Court of
    Justice before 1989 (when court letters were first written)."""
    return "50" <= year <= "89"


def court_of(letter: str) -> Mapping[str, Any]:
    return identifiers()["courts"][letter]  # type: ignore[no-any-return]


def case_year(two_digit_year: str) -> int:
    """The four-digit year of a case number's ``/yy``."""
    yy = int(two_digit_year)
    pivot = int(identifiers()["courts"]["century_pivot"])
    return 2000 + yy if yy < pivot else 1900 + yy


def lettered_year(item: regex.Match[str]) -> bool:
    """Whether a case number's court sat in its year, and court letters were written."""
    if item["glued"] or item["court"] is None:
        return False
    year = case_year(item["year"])
    sat = court_of(item["court"])
    first = max(sat["first_year"], int(identifiers()["courts"]["prefix_from_year"]))
    return bool(first <= year <= sat.get("last_year", year))
