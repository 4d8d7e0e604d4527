"""Commission documents: COM(2021) 206 final, COM/2012/0150, SWD(2014) 271, JOIN(2020) 5;
older German, Danish, Swedish and Finnish texts write "KOM(2010)0573" for COM."""

from __future__ import annotations

import regex

from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser

# EP texts pad the number to four digits ("COM(2017)0835") and may glue the
# procedure number to it, so the number is at most four digits.
_PATTERN = regex.compile(
    r"""(?<![A-Za-z])(?P<doc>COM|KOM|SWD|JOIN)\s?
        (?:\(\s?(?P<year>(?:19|20)\d{2})\s?\)|/(?P<year2>(?:19|20)\d{2})/)
        \s?(?P<number>\d{1,4})
        (?:\s?final)?""",
    regex.VERBOSE,
)


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _PATTERN.finditer(view, timeout=scan_timeout(view)):
        number = int(m["number"])
        if number == 0:
            continue
        parts = KeyParts(
            type="com_doc",
            doc="COM" if m["doc"] == "KOM" else m["doc"],
            year=int(m["year"] or m["year2"]),
            number=str(number),
        )
        found.append(Candidate(parts, m.start(), m.end()))
    return found


# ------------------------------------------------------------------ the family

_KEY = regex.compile(r"(?P<doc>COM|SWD|JOIN)\((?P<year>\d{4})\)(?P<number>[1-9]\d{0,4})")


def format_key(parts: KeyParts) -> str:
    return f"{parts.doc}({parts.year}){parts.number}"


FAMILY = register(
    Family(
        "com_doc",
        format_key,
        pattern_parser("com_doc", _KEY),
        find=parse,
        online_check="com_doc",
        key_prefixes=("COM(", "SWD(", "JOIN("),
        title="Commission document",
        key_example="COM(2021)206",
    )
)
