"""CJEU cases (C-311/18, T-452/20 P, pre-1989 "Case 120/78") and ECLIs."""

from __future__ import annotations

import functools

import regex

from ..knowledge.lang import all_languages, union_pattern
from ..limits import CALL_TIMEOUT, scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
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
        if _NUMBER_NEAR.search(view, pos, pos + _CASE_REACH, timeout=CALL_TIMEOUT) is None:
            continue
        m = pattern.match(view, pos, timeout=CALL_TIMEOUT)
        if m is not None:
            found.append(m)
        glued = _glued_case_pattern().match(view, pos, timeout=CALL_TIMEOUT)
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
        online_check="case",
        key_prefixes=("CJEU:", "ECLI:"),
        title="case or ECLI",
        key_example="CJEU:C-311/18 or ECLI:EU:C:2020:559",
    )
)
