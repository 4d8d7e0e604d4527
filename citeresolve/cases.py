"""CJEU cases (C-311/18, T-452/20 P, pre-1989 "Case 120/78") and ECLIs."""

from __future__ import annotations

import functools

import regex

from .citation import Candidate
from .keys import KeyParts
from .lang import union_pattern


@functools.cache
def _pattern() -> regex.Pattern[str]:
    case_words = union_pattern("cases", "words")
    return regex.compile(
        rf"""
          (?<![\w:])(?P<ecli>(?:ECLI:)?EU:(?P<ecli_court>[CTF]):(?P<ecli_year>\d{{4}}):\d{{1,5}})(?!\d)
        | (?<![\w-])(?P<court>[CTF])\s?-\s?(?P<number>\d{{1,4}})/(?P<year>\d{{2}})(?![\d/])
          (?:\s(?:P-R|P|R)(?![\w-]))?
        | (?P<word>{case_words})\s+(?P<old_number>\d{{1,4}})/(?P<old_year>[5-8]\d)(?![\d/])
        """,
        regex.VERBOSE,
    )


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _pattern().finditer(view):
        if m["ecli"]:
            ecli = m["ecli"] if m["ecli"].startswith("ECLI:") else "ECLI:" + m["ecli"]
            parts = KeyParts(type="case", ecli=ecli)
            found.append(Candidate(parts, m.start(), m.end()))
        elif m["court"]:
            parts = KeyParts(type="case", series=m["court"], number=str(int(m["number"])),
                             issue=m["year"])
            found.append(Candidate(parts, m.start(), m.end()))
        else:
            parts = KeyParts(type="case", series="C", number=str(int(m["old_number"])),
                             issue=m["old_year"])
            found.append(Candidate(parts, m.start("old_number"), m.end()))
    return found
