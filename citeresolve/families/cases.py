"""CJEU cases (C-311/18, T-452/20 P, pre-1989 "Case 120/78") and ECLIs."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Dispatched, all_languages, union_phrases
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built as _Built
from ..resolve.toolkit import Invalid as _Invalid
from ..resolve.toolkit import Link, identifiers
from ..resolve.toolkit import Request as _Request
from ..resolve.toolkit import url as _url
from ..resolve.toolkit import word as _word
from ..text.footnotes import glued_footnote
from ..text.scan import Trigger, matches_from, occurrences

_NUMBERED = compile_pattern(
    r"""
      (?<![\w:])(?P<ecli>(?:ECLI:)?EU:(?P<ecli_court>[CTF]):(?P<ecli_year>\d{4}):\d{1,5})(?!\d)
    # A letter of another script may touch the court letter: a link's text glued to
    # the word before it (el "Ουγγαρία κατά ΚοινοβουλίουC-650/18"); a Latin one may not.
    | (?<![\p{Latin}\d_-])(?P<court>[CTF])\s?-\s?(?P<number>\d{1,4})
      (?:/|\.(?=\d{4}(?!\d)))(?P<year>\d{2})(?P<glued>\d{1,2})?(?![\d/])
      (?:\s(?:P-R|P|R)(?![\w-]))?
    """,
    regex.VERBOSE,
)

# The hyphen of a case number with its court letter ("C-311/18", "T - 452/20"): the
# pattern opens with the hyphen, a literal the engine skips to far faster than it
# tries _NUMBERED's look-behinds at every position.
_COURT_HYPHEN = compile_pattern(r"(?<=[CTF]\s?)-")


def _number_starts(view: str) -> list[int]:
    """Where a match of _NUMBERED may start: at "EU:" or the "ECLI:" 5 characters
    before it, and at the court letter 1 or 2 characters before the hyphen
    (tests/test_scan.py checks that the matches are the same)."""
    eclis = [i - d for i in occurrences(view, "EU:") for d in (0, 5)]
    hyphens = _COURT_HYPHEN.finditer(view, timeout=scan_timeout(view))
    return eclis + [m.start() - d for m in hyphens for d in (1, 2)]


# One case number of a list after a case word: "C-311/18", "C 60/17" and "C415/19"
# (the hyphen lost in conversion), "T-452/20 P", pre-1989 "46/87" with no court letter.
# A footnote number may be glued to the year ("C442/092"), and the year may be
# written with four digits ("C-203/2015", el "C-128.2009"): see _year_end.
_ITEM = r"""(?:[CTF]\s?-?\s?)?\d{1,4}/\d{2}\d{0,2}(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"""
_LISTED = compile_pattern(
    r"(?:(?P<court>[CTF])\s?-?\s?)?(?P<number>\d{1,4})/(?P<year>\d{2})(?P<glued>\d{1,2})?(?![\d/])"
    r"(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)


@functools.cache
def _case_list_pattern() -> Dispatched:
    """A case word and the list of numbers after it ("Joined Cases 46/87 and 227/88",
    "asuntos acumulados C 60/17 y C 61/17"). Only after a case word is a number without
    its hyphen, or without a court letter (cases before 1989), read as a case.
    Compiled per first character of the case word, on first need."""
    return Dispatched(
        [(None, union_phrases("cases", "words"))],
        rf"\s+(?P<list>{_ITEM}(?:(?:\s?,\s?|\s+\p{{Ll}}{{1,4}}\s+){_ITEM}){{0,20}})",
    )


_NUMBER_NEAR = compile_pattern(r"\d{1,4}/\d{2}")
_CASE_REACH = 60  # the longest case word ("gevoegde zaken", "assuntos apensos") and a number


@functools.cache
def _case_word_trigger() -> Trigger:
    return Trigger(p for language in all_languages() for p in language.section("cases")["words"])


def _matches(view: str) -> list[regex.Match[str]]:
    numbered = matches_from(_NUMBERED, view, _number_starts(view))
    found = [m for m in numbered if _year_end(view, m)]
    seen = {m.start() for m in found}
    pattern = _case_list_pattern()
    list_end = 0
    words = list(_case_word_trigger().positions(view))
    for pos in words:
        # "Case" is a common word; only with a number right after it is it a case.
        if pos < list_end:
            continue  # "Cases" inside "Joined Cases" whose list was read
        if _NUMBER_NEAR.search(view, pos, pos + _CASE_REACH) is None:
            continue
        m = pattern.match(view, pos)
        if m is None:
            continue
        list_end = m.end()
        for item in _LISTED.finditer(view, m.start("list"), m.end("list")):
            if item.start() in seen:
                continue
            if item["court"] is None and not "50" <= item["year"] <= "89":
                continue  # no court letter: only the Court of Justice before 1989
            if _year_end(view, item) is None:
                continue
            seen.add(item.start())
            found.append(item)
    found.extend(_hyphen_lost_alone(view, words, seen))
    found.extend(_cited_again(view, found, seen))
    found.extend(_listed_beside(view, found, seen))
    found.extend(_hyphen_lost_in_list(view, found, seen))
    return sorted(found, key=lambda m: m.start())


_COURTS = ("C", "T", "F")  # the court letters, in the order their brackets are read
# A case number with a court letter but no hyphen ("(C611/22 P)" under the parties).
_BARE_NUMBER = compile_pattern(
    r"(?<![\w/-])[CTF]\d{1,4}/\d{2}(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)


# A case number that lost its hyphen, in a bracket of case numbers alone after a party's
# name: "Marleasing (C106/89)", "Ring (C335/11, C337/11)"; an OJ page ("OJ C106/89")
# never fills a bracket alone.
_BRACKET_ITEM = r"[CTF]-?\d{1,4}/\d{2}(?:\s(?:P-R|PPU|P|R))?"
_BRACKET_OF_CASES = compile_pattern(
    rf"\((?P<list>{_BRACKET_ITEM}(?:\s?[,;]\s?{_BRACKET_ITEM}){{0,9}})\)"
)
# ... or right before a case word written after the number, perhaps after an
# abbreviated number word: hu "C650/22. sz. ügy".
_BEFORE_CASE_WORD = compile_pattern(r"(?<![\w/-])[CTF]\d{1,4}/\d{2}\.?\s(?:\p{L}{1,3}\.\s?)?$")
_BEFORE_REACH = 16


def _hyphen_lost_alone(view: str, words: list[int], seen: set[int]) -> list[regex.Match[str]]:
    """Case numbers without their hyphen where only case numbers stand: a bracket of
    them, or before a case word (``words``: where one starts). Only of a year since
    the court letters were written (1989) and of a court that sat then: "(C120/80)"
    is a product's code, "(F100/21)" no case of the Civil Service Tribunal (2005-2016)."""
    spans = []
    # Each "(" once (one character is found several times faster than "(C", "(T" and
    # "(F" each), in the order of those three literals.
    opened = [pos for pos in occurrences(view, "(") if view[pos + 1 : pos + 2] in _COURTS]
    for pos in sorted(opened, key=lambda pos: (_COURTS.index(view[pos + 1]), pos)):
        bracket = _BRACKET_OF_CASES.match(view, pos)
        if bracket is not None:
            spans.append((bracket.start("list"), bracket.end("list")))
    for pos in words:
        before = _BEFORE_CASE_WORD.search(view, max(0, pos - _BEFORE_REACH), pos)
        if before is not None:
            spans.append((before.start(), before.end()))
    items = []
    for lo, hi in spans:
        for item in _LISTED.finditer(view, lo, hi):
            if item.start() not in seen and _lettered_year(item):
                seen.add(item.start())
                items.append(item)
    return items


def _lettered_year(item: regex.Match[str]) -> bool:
    """Whether a case number's court sat in its year, and court letters were written."""
    if item["glued"] or item["court"] is None:
        return False
    year = case_year(item["year"])
    court = _court(item["court"])
    first = max(court["first_year"], int(identifiers()["courts"]["prefix_from_year"]))
    return bool(first <= year <= court.get("last_year", year))


def _cited_again(
    view: str, found: list[regex.Match[str]], seen: set[int]
) -> list[regex.Match[str]]:
    """The same case numbers written again without their hyphen and with no case word
    before them: once the document has read "C611/22" as a case after a case word
    ("Cásanna Uamtha C611/22 P"), its other occurrences are that case too."""
    known = {(m["court"], m["number"], m["year"]) for m in found if m.groupdict().get("court")}
    if not known:
        return []
    again = []
    for bare in _BARE_NUMBER.finditer(view, timeout=scan_timeout(view)):
        if bare.start() in seen:
            continue
        item = _LISTED.match(view, bare.start(), bare.end())
        if item is not None and (item["court"], item["number"], item["year"]) in known:
            seen.add(item.start())
            again.append(item)
    return again


# A case number of the Court of Justice before 1989 (no court letter) with the name of
# a party after it ("89/81 Hong Kong Trade", "120/78 Rewe"), opening an item of a list:
# after a bracket, a comma, a semicolon or a short lower-case word ("see", "se", "vgl.",
# "and"), never after a capitalised word ("Law 12/80 Smith").
_OLD_WITH_PARTY = compile_pattern(
    r"(?:(?<=[(,;:]\s?)|(?<=(?<![\w.])\p{Ll}{1,4}\.?\s))\d{1,4}/[5-8]\d(?![\d/])(?=\s\p{Lu})"
)
# What may stand between two members of one list of cases: party names, "para. 18",
# commas, semicolons and conjunctions, within one bracket or line.
_SAME_CASE_LIST = compile_pattern(r"[^\n()]{1,120}")


def _listed_beside(
    view: str, found: list[regex.Match[str]], seen: set[int]
) -> list[regex.Match[str]]:
    """Pre-1989 case numbers with no case word, each followed by a party's name, in a
    list (one clause) with a case already read: sv "(se 89/81 Hong Kong trade, C-258/95
    Julius Fillibeck punkt 18, 154/80 Aardappelenbewaarplaats)". Alone, "89/81 Hong
    Kong" could be anything numbered; beside a case, it is one of the list."""
    return _grow_list(view, found, seen, _OLD_WITH_PARTY, _in_a_list)


def _grow_list(
    view: str,
    found: list[regex.Match[str]],
    seen: set[int],
    candidate: regex.Pattern[str],
    in_list: Callable[[str, regex.Match[str], list[tuple[int, int]]], bool],
    accept: Callable[[str, regex.Match[str]], bool] | None = None,
) -> list[regex.Match[str]]:
    """The matches of ``candidate`` that ``in_list`` puts in one list with a member (a
    case of ``found`` written with its number), read as cases where ``accept`` (if
    given) takes them. Each one read becomes a member: it may bring the next one of the
    list into reach, so the candidates are tried again until none is added."""
    members = [(m.start(), m.end()) for m in found if not m.groupdict().get("ecli")]
    if not members:
        return []
    candidates = list(candidate.finditer(view, timeout=scan_timeout(view)))
    listed: list[regex.Match[str]] = []
    grew = True
    while grew:
        grew = False
        for bare in candidates:
            if bare.start() in seen or not in_list(view, bare, members):
                continue
            item = _LISTED.match(view, bare.start(), bare.end())
            if item is not None and (accept is None or accept(view, item)):
                seen.add(item.start())
                members.append((item.start(), item.end()))
                listed.append(item)
                grew = True
    return listed


# A case number whose hyphen became a space or vanished ("C 34/20", "C415/19"), and
# what separates two members of one list of case numbers: a comma, a semicolon or a
# short conjunction (cs "C 34/20, C-854/19 a C-5/20"), as in _case_list_pattern.
_HYPHEN_LOST = compile_pattern(
    r"(?<![\w/-])[CTF]\s?\d{1,4}/\d{2}(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)
_LIST_GAP = compile_pattern(r"\s?[,;]\s?|\s+\p{Ll}{1,4}\s+")


def _hyphen_lost_in_list(
    view: str, found: list[regex.Match[str]], seen: set[int]
) -> list[regex.Match[str]]:
    """Case numbers without their hyphen and with no case word before them, written
    as members of a list of case numbers read already: "rozsudky C 34/20, C-854/19 a
    C-5/20" (the judgments of one day). Alone, "C 34/20" may be an OJ page ("C 34/20"
    of a page header); right beside a case number in a list, it is a case too."""
    return _grow_list(view, found, seen, _HYPHEN_LOST, _beside, _has_year)


def _beside(view: str, bare: regex.Match[str], members: list[tuple[int, int]]) -> bool:
    """Whether only a list separator stands between ``bare`` and one of ``members``."""
    return any(
        (0 <= start - bare.end() <= 8 and _LIST_GAP.fullmatch(view, bare.end(), start))
        or (0 <= bare.start() - end <= 8 and _LIST_GAP.fullmatch(view, end, bare.start()))
        for start, end in members
    )


def _in_a_list(view: str, old: regex.Match[str], members: list[tuple[int, int]]) -> bool:
    """Whether ``old`` stands in one list (one clause) with one of ``members``."""
    return any(_in_one_list(view, old.start(), start) for start, _ in members)


def _has_year(view: str, item: regex.Match[str]) -> bool:
    return _year_end(view, item) is not None


def _in_one_list(view: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    # 1 to 120 characters or none: asked of every candidate and member of a text.
    return 0 < hi - lo <= 120 and _SAME_CASE_LIST.fullmatch(view, lo, hi) is not None


def _year_end(view: str, m: regex.Match[str]) -> tuple[str, int] | None:
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
    if glued_footnote(view, m.end("year"), int(glued)):
        return m["year"], m.end("year")
    return None


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _matches(view):
        groups = m.groupdict()
        if groups.get("ecli"):
            ecli = m["ecli"] if m["ecli"].startswith("ECLI:") else "ECLI:" + m["ecli"]
            parts = KeyParts(type="case", ecli=ecli)
            found.append(Candidate(parts, m.start(), m.end()))
        else:
            court = groups.get("court") or "C"  # before 1989: the Court of Justice
            year_end = _year_end(view, m)
            assert year_end is not None  # _matches keeps only numbers with a year
            year, end = year_end
            parts = KeyParts(type="case", series=court, number=str(int(m["number"])), issue=year)
            found.append(Candidate(parts, m.start(), end))
    return found


# -------------------------------------------------------------- resolution


def _court(letter: str) -> Mapping[str, Any]:
    return identifiers()["courts"][letter]  # type: ignore[no-any-return]


def _check_court_year(letter: str, year: int) -> None:
    court = _court(letter)
    first, last = court["first_year"], court.get("last_year")
    if year < first or (last is not None and year > last):
        span = f"{first}–{last}" if last else f"since {first}"
        raise _Invalid(f"the {court['name']} ({letter}) sat {span}, not in {year}")


def case_year(two_digit_year: str) -> int:
    """The four-digit year of a case number's ``/yy``."""
    yy = int(two_digit_year)
    pivot = int(identifiers()["courts"]["century_pivot"])
    return 2000 + yy if yy < pivot else 1900 + yy


def _citable_from(parts: KeyParts) -> dt.date | None:
    """1 January of the year of the case (of the ECLI's year)."""
    if parts.ecli is not None:
        return dt.date(int(parts.ecli.split(":")[3]), 1, 1)
    return dt.date(case_year(str(parts.issue)), 1, 1)


def _resolve_case(req: _Request) -> _Built:
    parts = req.parts
    if parts.ecli is not None:
        _, _, court, ecli_year, ordinal = parts.ecli.split(":")
        _check_court_year(court, int(ecli_year))
        if int(ordinal) == 0:
            raise _Invalid("ECLI ordinal 0 does not exist")
        return _Built(_url("eurlex_ecli", LANG=req.LANG, ecli=parts.ecli))
    court, year = str(parts.series), case_year(str(parts.issue))
    _check_court_year(court, year)
    number = int(str(parts.number))
    if number == 0:
        raise _Invalid("case number 0 does not exist")
    # The Court's case page lists every document of the case (a case may close
    # by order, or still be pending), so it is the primary URL; the judgment's
    # CELEX is the usual EUR-Lex document. Cases of the Court of Justice before
    # the General Court existed (1989) have no "C-" in the Court's search.
    judgment = f"6{year}{_court(court)['judgment_descriptor']}{number:04d}"
    prefix = "" if year < int(identifiers()["courts"]["prefix_from_year"]) else f"{court}-"
    case = f"{prefix}{parts.number}/{parts.issue}"
    curia = _url("curia_case", case=case, lang=req.lang)
    alternatives = (
        Link("judgment", _url("eurlex_celex", LANG=req.LANG, celex=judgment)),
        Link("curia_legacy", _url("curia_case_legacy", case=case, lang=req.lang)),
    )
    return _Built(curia, alternatives, celex=judgment)


def _label_case(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    if parts.ecli is not None:
        return parts.ecli
    # Cases before the General Court existed (1989) are cited without "C-".
    first = int(identifiers()["courts"]["prefix_from_year"])
    old = parts.series == "C" and case_year(str(parts.issue)) < first
    prefix = "" if old else f"{parts.series}-"
    return f"{_word(lang, 'cases', 'words')} {prefix}{parts.number}/{parts.issue}"


# ------------------------------------------------------------------ the family

_KEYS = (
    compile_pattern(r"CJEU:(?P<series>[CTF])-(?P<number>\d{1,4})/(?P<issue>\d{2})"),
    compile_pattern(r"(?P<ecli>ECLI:EU:[CTF]:\d{4}:\d{1,5})"),
)


def format_key(parts: KeyParts) -> str:
    if parts.ecli is not None:
        return parts.ecli
    return f"CJEU:{parts.series}-{parts.number}/{parts.issue}"


FAMILY = register(
    Family(
        "case",
        format_key,
        pattern_parser("case", *_KEYS),
        find=parse,
        resolve=_resolve_case,
        label=_label_case,
        citable_from=_citable_from,
        online_check="case",
        key_prefixes=("CJEU:", "ECLI:"),
        title="case or ECLI",
        key_example="CJEU:C-311/18 or ECLI:EU:C:2020:559",
    )
)
