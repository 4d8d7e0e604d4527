"""Procedure numbers of the Legislative Observatory: 2022/2505(RSP), 2017/0360R(NLE)."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..knowledge.data import table as data_table
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built as _Built
from ..resolve.toolkit import Invalid as _Invalid
from ..resolve.toolkit import Request as _Request
from ..resolve.toolkit import identifiers, year_start
from ..resolve.toolkit import url as _url
from ..text.scan import matches_from
from .com_documents import full_year, short_years

# No digit test before the year: EP titles glue the COM number to it
# ("COM(2017)08352017/0360R(NLE)"); a four-digit year then a slash is specific enough.
# The type may be typed in Greek or Cyrillic capitals that look Latin ("(ΙΝΙ)" in a
# Swedish text): those letters are read as the Latin ones, and then only a known type counts.
# Old EUR-Lex headers write the type first ("/* KOM/2007/0680 endg. - COD 2007/0234 */"),
# Commission cover pages the number with three digits or fewer ("2017/035 (COD)", bg
# "2018/18 (COD)"); an EESC
# opinion's title may drop the brackets ("2013/0136 COD"), a publisher's metadata page
# write a slash for them ("Verfahrensnummer: 2014/0108/COD"): read with a known type only.
# Numbers of the last century may write the year with two digits ("97/0067(SYN)", "/*
# COM/97/0049 DEF - SYN 97/0067 */"): read with a known type and four digits only, and no
# digit or slash before the year (identifiers.toml short_year_first).
_TYPE = r"[A-ZΑ-ΩА-Я]{3}"
_YEAR = rf"(?:19|20)\d{{2}}|(?<![\d/]){short_years()}"
_PATTERN = lazy_pattern(
    rf"""(?<!/)(?P<year>{_YEAR})/(?P<number>\d{{1,4}})(?!\d)(?P<suffix>[A-Z])?
         (?:\s?\((?P<type>{_TYPE})\)|\s(?P<type_after>{_TYPE})(?![\w/(])
            |/(?P<type_slash>{_TYPE})(?![\w/]))
       | (?<![\w/])(?P<type_first>{_TYPE})\s
         (?P<year2>{_YEAR})/(?P<number2>\d{{4}})(?![\d/])""",
    regex.VERBOSE,
)
_YEAR_SLASH = lazy_pattern(rf"(?:{_YEAR})/")


@functools.cache
def _known_types() -> frozenset[str]:
    return frozenset(identifiers()["procedure_types"])


@functools.cache
def _to_latin() -> dict[int, str]:
    table = data_table("homoglyphs.toml")
    return {ord(other): latin for pairs in table.values() for other, latin in pairs.items()}


def _starts(view: str) -> list[int]:
    """Where a match of _PATTERN may start: every match has a year and a slash at its
    start ("2022/2505(RSP)") or 4 characters in ("COD 2007/0234"), which the regex
    engine finds far faster than the whole pattern, whose look-behind it tries at every
    position (tests/test_scan.py checks that the matches are the same)."""
    years = [m.start() for m in _YEAR_SLASH.finditer(view, timeout=scan_timeout(view))]
    return years + [k - 4 for k in years if _may_start_before(view, k)]


def _may_start_before(view: str, k: int) -> bool:
    """Whether a match may start 4 characters before the year at ``k``: its type and a
    space ("COD 2007/0234"), or a year of two digits and its slash ("97/2016/…"); a year
    of four digits would have its slash where the year at ``k`` starts. Most years have
    neither before them (each try of the whole pattern costs two microseconds)."""
    letters = view[max(0, k - 4) : k - 1]
    return view[k - 2 : k - 1] == "/" or (
        view[k - 1 : k].isspace() and letters.isalpha() and letters.isupper()
    )


def parse(view: str) -> list[Candidate]:
    found = []
    for m in matches_from(_PATTERN, view, _starts(view)):
        candidate = _candidate(m)
        if candidate is not None:
            found.append(candidate)
    return found


def _candidate(m: regex.Match[str]) -> Candidate | None:
    written = m["type"] or m["type_first"] or m["type_after"] or m["type_slash"]
    proc_type = written.translate(_to_latin())
    number, year = m["number"] or m["number2"], m["year"] or m["year2"]
    if len(year) == 2 and (len(number) != 4 or proc_type not in _known_types()):
        return None
    tight = m["type"] is not None and proc_type == written and not m[0][-6:-5].isspace()
    if not (tight and len(number) == 4) and proc_type not in _known_types():
        # Only the usual form "2022/2505(RSP)" is kept with an unknown type, for check
        # to flag; the type-first form, look-alike letters, a bracket after a space or
        # a short number need a known type: "Regulation (EU) 2017/745 (MDR)" is an act
        # and its short name.
        return None
    parts = KeyParts(
        type="procedure",
        year=full_year(year),
        number=f"{int(number):04d}",
        suffix=m["suffix"],
        proc_type=proc_type,
    )
    return Candidate(parts, m.start(), m.end())


def procedure_at(view: str, pos: int) -> bool:
    """Whether a procedure number this family reports starts at ``pos``: "2020/0127"
    in "Amending Regulation 2020/1429 2020/0127(COD)" is a procedure, never an act
    nor the next member of a list of acts."""
    m = _PATTERN.match(view, pos)
    return m is not None and _candidate(m) is not None


# -------------------------------------------------------------- resolution


def procedure_reference(parts: KeyParts) -> str:
    """The OEIL reference of a procedure key: ``2022/2505(RSP)``."""
    return f"{parts.year}/{parts.number}{parts.suffix or ''}({parts.proc_type})"


def _resolve_procedure(req: _Request) -> _Built:
    parts = req.parts
    types = identifiers()["procedure_types"]
    if parts.proc_type not in types:
        raise _Invalid(f"unknown procedure type {parts.proc_type!r} (known: {', '.join(types)})")
    if int(str(parts.number)) == 0:
        raise _Invalid("procedure number 0000 does not exist")
    languages = identifiers()["oeil"]["languages"]
    lang = req.lang if req.lang in languages else languages[0]
    return _Built(_url("oeil_procedure", lang=lang, reference=procedure_reference(parts)))


def _label_procedure(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    return procedure_reference(parts)


# ------------------------------------------------------------------ the family

_KEY = lazy_pattern(
    r"PROC:(?P<year>\d{4})/(?P<number>\d{4})(?P<suffix>[A-Z])?\((?P<proc_type>[A-Z]{3})\)"
)


def format_key(parts: KeyParts) -> str:
    return f"PROC:{parts.year}/{parts.number}{parts.suffix or ''}({parts.proc_type})"


FAMILY = register(
    Family(
        "procedure",
        format_key,
        pattern_parser("procedure", _KEY),
        find=parse,
        resolve=_resolve_procedure,
        label=_label_procedure,
        citable_from=year_start,
        invalid_code="CR004",
        online_check="http_status",
        key_prefixes=("PROC:",),
        title="procedure",
        key_example="PROC:2022/2505(RSP)",
    )
)
