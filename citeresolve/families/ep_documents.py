"""EP document numbers: texts adopted (P9_TA(2021)0056), reports, motions, joint motions."""

from __future__ import annotations

import regex

from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser

# The "A9-0259/2020" of a page header is glued to the TA number before it
# ("P9_TA(2021)0014A9-0259/2020"), so only a letter may not precede the id.
_PATTERN = regex.compile(
    r"""
      (?<![A-Za-z])P(?P<ta_term>\d{1,2})_TA(?:-PROV)?
        \((?P<ta_year>(?:19|20)\d{2})\)(?P<ta_number>\d{4})(?!\d)
    | (?<![A-Za-z-])(?P<rc>RC-)?(?<![A-Za-z])(?P<kind>[AB])(?P<term>\d{1,2})
        -(?P<number>\d{4})/(?P<year>(?:19|20)\d{2})(?!\d)
    """,
    regex.VERBOSE,
)


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _PATTERN.finditer(view, timeout=scan_timeout(view)):
        if m["ta_term"]:
            parts = KeyParts(
                type="ep_doc",
                doc="TA",
                term=int(m["ta_term"]),
                year=int(m["ta_year"]),
                number=m["ta_number"],
            )
        else:
            doc = "RC" if m["rc"] else m["kind"]
            parts = KeyParts(
                type="ep_doc", doc=doc, term=int(m["term"]), year=int(m["year"]), number=m["number"]
            )
        found.append(Candidate(parts, m.start(), m.end()))
    return found


# ------------------------------------------------------------------ the family

_KEY = regex.compile(r"(?P<doc>TA|A|B|RC)-(?P<term>\d{1,2})-(?P<year>\d{4})-(?P<number>\d{4})")


def format_key(parts: KeyParts) -> str:
    return f"{parts.doc}-{parts.term}-{parts.year}-{parts.number}"


FAMILY = register(
    Family(
        "ep_doc",
        format_key,
        pattern_parser("ep_doc", _KEY),
        find=parse,
        invalid_code="CR003",
        online_check="http_status",
        key_prefixes=("TA-", "RC-"),
        title="EP document",
        key_example="TA-9-2021-0056 or RC-9-2022-0065",
    )
)
