"""An OJ reference with neither abbreviation nor title: series, issue, page and date
run together with slashes, alone in brackets after an act's title (el "Οδηγία
2010/63/ΕΕ … της 22ας Σεπτεμβρίου 2010 (L 276/33/20.10.2010)"). Every part given, so
no other number has that form."""

from __future__ import annotations

from collections.abc import Iterator

from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from ..model.keys import KeyParts

_BARE = lazy_pattern(
    r"(?<=\(\s?)(?P<series>[LC])\s?(?P<issue>\d{1,4})/(?P<page>\d{1,5})/"
    r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19[5-9]|20\d)\d)(?=\s?\))"
)


def issue_parts(
    series: str, year: int | None, issue: str, page: int | None, sub: str = ""
) -> KeyParts:
    """The key parts of a reference by series, issue and page, the issue padded to
    three digits as the keys write it (shared with the abbreviated forms)."""
    return KeyParts(type="oj", series=series, year=year, issue=f"{int(issue):03d}{sub}", page=page)


def bare_references(view: str) -> Iterator[Candidate]:
    """The bracketed references of that form in ``view``."""
    for m in _BARE.finditer(view):
        if not (1 <= int(m["day"]) <= 31 and 1 <= int(m["month"]) <= 12) or not int(m["issue"]):
            continue
        parts = issue_parts(m["series"], int(m["year"]), m["issue"], int(m["page"]))
        yield Candidate(parts, m.start(), m.end())
