"""CJEU cases (C-311/18, T-452/20 P, pre-1989 "Case 120/78") and ECLIs."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lang import all_languages, union_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.offline import case_year
from ..resolve.toolkit import Built as _Built
from ..resolve.toolkit import Invalid as _Invalid
from ..resolve.toolkit import Link, identifiers
from ..resolve.toolkit import Request as _Request
from ..resolve.toolkit import url as _url
from ..resolve.toolkit import word as _word
from ..text.scan import Trigger

_NUMBERED = regex.compile(
    r"""
      (?<![\w:])(?P<ecli>(?:ECLI:)?EU:(?P<ecli_court>[CTF]):(?P<ecli_year>\d{4}):\d{1,5})(?!\d)
    | (?<![\w-])(?P<court>[CTF])\s?-\s?(?P<number>\d{1,4})/(?P<year>\d{2})(?![\d/])
      (?:\s(?:P-R|P|R)(?![\w-]))?
    """,
    regex.VERBOSE,
)


@functools.cache
def _old_case_pattern() -> regex.Pattern[str]:
    """Cases before 1989 have no court prefix: only the word "Case" tells them."""
    return regex.compile(
        rf"(?P<word>{union_pattern('cases', 'words')})\s+"
        rf"(?P<old_number>\d{{1,4}})/(?P<old_year>[5-8]\d)(?![\d/])"
    )


@functools.cache
def _glued_case_pattern() -> regex.Pattern[str]:
    """Copies of curia pages may lose the hyphen after the court letter: "Kawżi magħquda
    C106/19 u C232/19". Only right after a case word is such a number read as a case."""
    glued = r"[CTF]\d{1,4}/\d{2}(?![\d/])"
    return regex.compile(
        rf"(?:{union_pattern('cases', 'words')})\s+"
        rf"(?P<list>{glued}(?:(?:\s?,\s?|\s+\p{{Ll}}{{1,4}}\s+){glued})*)"
    )


_NUMBER_NEAR = regex.compile(r"\d{1,4}/\d{2}")
_CASE_REACH = 60  # the longest case word ("gevoegde zaken", "assuntos apensos") and a number
_GLUED = regex.compile(r"(?P<court>[CTF])(?P<number>\d{1,4})/(?P<year>\d{2})")


@functools.cache
def _case_word_trigger() -> Trigger:
    return Trigger(p for language in all_languages() for p in language.section("cases")["words"])


def _matches(view: str) -> list[regex.Match[str]]:
    found = list(_NUMBERED.finditer(view, timeout=scan_timeout(view)))
    pattern = _old_case_pattern()
    for pos in _case_word_trigger().positions(view):
        # "Case" is a common word; only with a number right after it is it a case.
        if _NUMBER_NEAR.search(view, pos, pos + _CASE_REACH) is None:
            continue
        m = pattern.match(view, pos)
        if m is not None:
            found.append(m)
        glued = _glued_case_pattern().match(view, pos)
        if glued is not None:
            found += _GLUED.finditer(view, glued.start("list"), glued.end("list"))
    return sorted(found, key=lambda m: m.start())


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _matches(view):
        groups = m.groupdict()
        if groups.get("ecli"):
            ecli = m["ecli"] if m["ecli"].startswith("ECLI:") else "ECLI:" + m["ecli"]
            parts = KeyParts(type="case", ecli=ecli)
            found.append(Candidate(parts, m.start(), m.end()))
        elif groups.get("court"):
            parts = KeyParts(
                type="case", series=m["court"], number=str(int(m["number"])), issue=m["year"]
            )
            found.append(Candidate(parts, m.start(), m.end()))
        else:
            parts = KeyParts(
                type="case", series="C", number=str(int(m["old_number"])), issue=m["old_year"]
            )
            found.append(Candidate(parts, m.start("old_number"), m.end()))
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


def _label_case(parts: KeyParts, lang: str) -> str:
    if parts.ecli is not None:
        return parts.ecli
    # Cases before the General Court existed (1989) are cited without "C-".
    first = int(identifiers()["courts"]["prefix_from_year"])
    old = parts.series == "C" and case_year(str(parts.issue)) < first
    prefix = "" if old else f"{parts.series}-"
    return f"{_word(lang, 'cases', 'words')} {prefix}{parts.number}/{parts.issue}"


# ------------------------------------------------------------------ the family

_KEYS = (
    regex.compile(r"CJEU:(?P<series>[CTF])-(?P<number>\d{1,4})/(?P<issue>\d{2})"),
    regex.compile(r"(?P<ecli>ECLI:EU:[CTF]:\d{4}:\d{1,5})"),
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
        online_check="case",
        key_prefixes=("CJEU:", "ECLI:"),
        title="case or ECLI",
        key_example="CJEU:C-311/18 or ECLI:EU:C:2020:559",
    )
)
