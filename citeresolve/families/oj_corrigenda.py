"""A corrigendum written right after the Official Journal reference it corrects, in
the same brackets, with neither abbreviation nor date of its own: de "(ABl. L 151 vom
07.06.2019 S. 70, ber. L 212 S. 73)" is also OJ L 212 of 2019, page 73; "ber. 2015
L 68 S. 90" gives its own year. The words come from each language's optional
``official_journal.corrigendum`` field."""

from __future__ import annotations

import functools

import attrs
import regex

from ..knowledge.cache import compile_pattern
from ..model.citation import Candidate


@functools.cache
def _pattern(words: str, pages: str) -> regex.Pattern[str]:
    return compile_pattern(
        rf"""\s?[,;]\s*(?:{words})\s+(?:(?P<year>(?:19|20)\d{{2}})\s+)?
        (?P<series>[LC])\s?(?P<issue>\d{{1,4}})(?![\d/])\s?,?\s*(?:{pages})\s?(?P<page>\d{{1,5}})(?!\d)""",
        regex.VERBOSE,
        anchored=True,
    )


def corrigendum_after(view: str, reference: Candidate, words: str, pages: str) -> Candidate | None:
    """The corrigendum written right after ``reference`` (a classic reference with its
    year), or None; ``words`` and ``pages`` are the alternations of every language's
    corrigendum and page words."""
    year = reference.parts.year
    if year is None or reference.parts.issue is None:
        return None
    m = _pattern(words, pages).match(view, reference.end)
    if m is None:
        return None
    parts = attrs.evolve(
        reference.parts,
        series=m["series"],
        year=int(m["year"]) if m["year"] else year,
        issue=f"{int(m['issue']):03d}",
        page=int(m["page"]),
    )
    return Candidate(parts, m.start("year") if m["year"] else m.start("series"), m.end())
