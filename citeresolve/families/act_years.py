"""Which part of an act number is its year: a number with a domain or "No" by its
form (:func:`reading`), then by the kind of act its word names (:func:`read_for_kind`:
directives are numbered year first, regulations before 2015 number first); a bare
number by both at once (:func:`bare_reading`). The shapes themselves are read in
:mod:`.act_numbers`."""

from __future__ import annotations

import datetime as dt
import functools
import time

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import union_phrases
from ..resolve.toolkit import identifiers
from .act_markers import cited_again
from .act_numbers import (
    ACT_KINDS,
    PREFIX_WINDOW,
    ActNumber,
    plausible_year,
    prefix_before,
    year_of,
)
from .oj_words import optional_words


def numbered_regulation(kind: str, a: str, b: str) -> bool:
    """Whether ``a/b``, both four-digit years, is a regulation's number then year:
    before acts were numbered year first (2015) regulations never were, so
    "2006/2004/EK rendelet" is Regulation No 2006/2004, not one of 2006."""
    return (
        ACT_KINDS[kind].descriptor == "R"
        and len(a) == 4
        and plausible_year(a)
        and len(b) == 4
        and plausible_year(b)
        and int(b) < year_first_since()
    )


def year_first_since() -> int:
    """The year since which every EU act is numbered year first, whatever its kind
    (``new_act_numbering_year`` of data/identifiers.toml)."""
    return int(identifiers()["new_act_numbering_year"])


def latest_act_year() -> int:
    """The latest year an act can bear: the current one (a later year in a number is
    damage, a digit lost or misread). Asked for each act read: the local date is read
    again only once the clock has passed the next New Year (``date.today()`` converts the
    clock to local time at each call, some microseconds)."""
    global _CURRENT_YEAR
    year, until = _CURRENT_YEAR
    if time.time() < until:
        return year
    year = dt.date.today().year
    _CURRENT_YEAR = (year, dt.datetime(year + 1, 1, 1).timestamp())
    return year


# The current year and the clock's time (time.time()) at the local New Year after it.
_CURRENT_YEAR: tuple[int, float] = (0, float("-inf"))


def old_style_year(text: str) -> bool:
    """Whether ``text`` can be the year of a number-first act number: four digits, or
    two before 1999, when act numbers began to write years in full ("17" in
    "No 2012/17/EU" is a serial number, not 2017); never a year still to come (fr
    "(UE) n°2021/2088" is of 2021, not No 2021 of 2088)."""
    if len(text) == 4:
        return plausible_year(text) and int(text) <= latest_act_year()
    return len(text) == 2 and year_of(text) < 2000


def bare_reading(
    number: ActNumber, kind: str, view: str, word_start: int = -1
) -> tuple[str, str] | None:
    """Year and serial number of a number with no domain, read for an act of ``kind``
    in ``view``, its act word starting at ``word_start``."""
    a, b = number.a, number.b
    if len(a) == 4 and year_first_since() <= int(a) <= latest_act_year():
        year_text, number_text = a, b  # "Regolament 2018/1718"
    elif _year_first_old_regulation(kind, a, b):
        year_text, number_text = a, b
    elif len(b) == 4 and int(b) >= year_first_since():
        # Since 2015 every EU act is numbered year first: "Leitlinien 8/2022",
        # "Empfehlungen 1/2022" are a body's own series (EDPB), not EU acts; unless
        # the document cites the number the other way round ("Reg. 2088/2019" beside
        # "Regolamento (UE) 2019/2088"): then it is that act written number first; so
        # where it writes the same number after a domain elsewhere (it "il nuovo
        # Regolamento 167/2021" after "Regolamento UE 167/2021").
        if not (
            plausible_year(b)
            and (
                cited_again(view, f"{b}/{a}", more_than=0)
                or _reversed(kind, a)
                or cited_with_domain(view, f"{a}/{b}")
            )
        ):
            return None
        year_text, number_text = b, a
    elif len(a) == 4 and plausible_year(a) and len(b) == 2 and year_of(b) >= 2000:
        # pl "decyzją 2010/48": no act number wrote a two-digit year after 1999.
        year_text, number_text = a, b
    elif len(b) in (2, 4) and plausible_year(b):
        year_text, number_text = b, a  # "Reglamento 3577/92"
    elif len(a) == 4 and plausible_year(a) and len(b) in (1, 3):
        year_text, number_text = a, b  # "Deċiżjoni 2011/199": three digits are no year
    else:
        year_text = number_text = ""  # perhaps year first: the act word decides
    serial_first = bool(year_text) and _serial_first(view, word_start, number.start)
    if kind_reads_year_first(kind, a, b) and not serial_first:
        year_text, number_text = a, b
    return (year_text, number_text) if year_text else None


def _serial_first(view: str, start: int, end: int) -> bool:
    """Whether the act word at ``[start, end)`` writes every number serial first, also a
    directive's before a two-digit year ([acts] serial_first_words: juris's de "EWGRL
    83/92" is Directive 92/83/EEC, not 83/92)."""
    word = view[start:end].strip() if start >= 0 else ""
    return bool(word) and word in union_phrases("acts", "serial_first_words")


def _year_first_old_regulation(kind: str, a: str, b: str) -> bool:
    """Whether ``a/b`` is a regulation of before 2015, numbered serial first, written year
    first, as EUR-Lex's summaries write them ("Number legal act Regulation 1985/2137" for
    Regulation (EEC) No 2137/85). Only regulations had serials of four digits then, and
    a second part no year can be tells the year-first form from a serial then a year
    ("Regulation 1985/2013" stays No 1985/2013); the act word decides (nl "besluit
    1999/2100 van de minister" stays out)."""
    return (
        ACT_KINDS[kind].descriptor == "R"
        and len(b) == 4
        and int(b) > latest_act_year()
        and old_style_year(a)
        and int(a) < year_first_since()
    )


def cited_with_domain(view: str, number: str) -> bool:
    """Whether the document writes ``number`` ("167/2021") whole elsewhere right after
    an EU domain ("Regolamento UE 167/2021", "(EU) No 167/2021"): the same act."""
    if not cited_again(view, number):
        return False
    pos = view.find(number)
    while pos >= 0:
        whole = not view[pos - 1 : pos].isdigit() and not view[pos + len(number) :][:1].isdigit()
        prefix = prefix_before(view, max(0, pos - PREFIX_WINDOW), pos) if whole else None
        if prefix is not None and (prefix["pdom"] or prefix["udom"]):
            return True
        pos = view.find(number, pos + 1)
    return False


def _reversed(kind: str, a: str) -> bool:
    """Whether a four-digit first part that is no year is the serial of an act of a kind
    numbered year first, written the other way round: it "Direttiva Europea n.1937/2019"
    (directives had no four-digit serials before 2015; a body's own series counts low)."""
    return ACT_KINDS[kind].year_first and len(a) == 4 and not plausible_year(a) and a >= "1000"


def kind_reads_year_first(kind: str, a: str, b: str) -> bool:
    """Whether ``a/b`` is year first because its act is of a kind numbered year first:
    "Directive 2001/29", "Directive 96/9", also after "No" (lt "Direktyvą Nr.
    2014/65/ES"), unless the second part is a four-digit year."""
    return (
        ACT_KINDS[kind].year_first and plausible_year(a) and not (len(b) == 4 and plausible_year(b))
    )


def read_for_kind(
    number: ActNumber, kind: str, read: tuple[str, str], year_first: bool
) -> tuple[str, str]:
    """Year and serial of a number with a domain or "No" (``read`` as :func:`reading`
    gave them) once the act's kind is known: a regulation numbered number then year
    with both parts four digits (hu "a 2006/2004/EK rendelet"), a directive numbered
    year first after "No" (lt "Direktyvą Nr. 2014/65/ES", was 1965)."""
    if year_first and number.form == "slash" and numbered_regulation(kind, number.a, number.b):
        return number.b, number.a
    if not year_first and kind_reads_year_first(kind, number.a, number.b):
        return number.a, number.b
    if not year_first and _printed_year_first(kind, number):
        return number.a, number.b
    return read


def _printed_year_first(kind: str, number: ActNumber) -> bool:
    """Whether a number of a kind only ever numbered year first, its domain after it, is
    read as printed though its second part looks like a year: directives never were
    numbered number first, so mt "id-Direttiva 83/2011/UE" is keyed as written, year
    83 (keys are not corrected), not read as Directive 2011/83/EU."""
    a, b = number.a, number.b
    return (
        ACT_KINDS[kind].year_first
        and number.form == "slash"
        and bool(number.domain)
        and len(a) == 2
        and old_style_year(a)
        and len(b) == 4
    )


def reading(number: ActNumber) -> tuple[str, str, bool]:
    """Year and serial of a number with a domain or "No" (``number.form`` set), and
    whether it is written year first."""
    a, b = number.a, number.b
    if number.form == "paren":
        # "(EU) 2016/679"; also "(EU) 2013/524", written year first for an act
        # numbered "No 524/2013": the number after the slash is no year.
        # "(UE) n° 2019/945": since 2015 acts are numbered year first, and a
        # stray "No" before such a number does not make it number first.
        # "(UE) 2013/36": a year is never in the future, and two-digit years end
        # in 1999, so "36" is the serial number (was 2036).
        new_style = len(a) == 4 and not number.numbered and int(a) >= year_first_since()
        year_first = old_style_year(a) and (not old_style_year(b) or new_style)
    elif number.form == "slash":
        # "No 1639/2006/EC" is number first; sk "smernica č. 2012/17/EÚ" is not:
        # since 1999 act numbers carry four-digit years, so "17" is no year there;
        # nor is "374" in "Directive No 85/374/EEC".
        year_first = not number.numbered or (old_style_year(a) and not old_style_year(b))
    else:
        # "No 2222/85" with no domain: only as the next item of a list of acts; since
        # 2015 acts are numbered year first (sl "s spremembami št. 2017/1084").
        year_first = (
            len(a) == 4
            and plausible_year(a)
            and int(a) >= year_first_since()
            and not plausible_year(b)
        )
    if (
        year_first
        and number.form == "slash"
        and not (len(a) == 4 and plausible_year(a))
        and plausible_year(b)
        and (len(b) == 4 or not plausible_year(a))
    ):
        # hu. "az 1049/2001/EK rendelet", "a 44/2001/EK rendelet", "az 1612/68/EGK
        # rendelet": number, then year
        year_first = False
    if not year_first and _union_year_first(number):
        year_first = True
    elif _era_excludes(number, a if year_first else b, b if year_first else a):
        year_first = not year_first
    return (a, b, True) if year_first else (b, a, False)


def _union_year_first(number: ActNumber) -> bool:
    """Whether the Union's own domain makes a number year first: the domain exists
    since 2009 (data/act_domains.toml), so "(EU) Nr. 2016/1969" is of 2016, never No
    2016 of 1969; "(EC) No 2023/2006" stays number first. In any capitalisation: it
    "regolamento (Ue) n. 2018/1999" is of 2018."""
    domains = table("act_domains.toml")
    union = {d.upper() for d in domains["union"]}
    if not {d.strip().upper() for d in number.domain.split(",")} & union:
        return False
    a, b, first = number.a, number.b, int(domains["union_from"])
    return (
        len(a) == 4
        and plausible_year(a)
        and int(a) >= first
        and plausible_year(b)
        and year_of(b) < first
    )


@functools.cache
def _eras() -> tuple[tuple[frozenset[str], int, int], ...]:
    return tuple(
        (frozenset(d.upper() for d in era["domains"]), era["from"], era["to"])
        for era in table("act_domains.toml")["eras"]
    )


def _era_excludes(number: ActNumber, year: str, other: str) -> bool:
    """Whether the domain of a number dates it away from ``year`` and to ``other``: the
    European Community's domain stood in act numbers from 1993 to 2009
    (data/act_domains.toml), so en "Decision 1982/2006/EC" is No 1982 of 2006, not an
    act of 1982."""
    if not number.domain or not plausible_year(other):
        return False
    written = {d.strip().upper() for d in number.domain.split(",")}
    for domains, first, last in _eras():
        if written & domains:
            return (
                not plausible_year(year) or not first <= year_of(year) <= last
            ) and first <= year_of(other) <= last
    return False


def reversed_two_digit_year(kind: str, number: ActNumber, year_text: str) -> bool:
    """Whether an act of a kind always numbered year first is written with a serial of
    three or more digits before a two-digit year (en "Directive 221/83/EC"): no such act
    exists (directives before 1999 are "85/374/EEC"), so the number is damaged."""
    return (
        ACT_KINDS[kind].year_first
        and len(year_text) == 2
        and year_text == number.b
        and len(number.a) >= 3
    )


def known_act(number: ActNumber, year_first: bool) -> str | None:
    """The regulation a number with its domain and no act word stands for, written number
    first as data sheets print REACH ("1907/2006/EC, Article 31", pt "conforme
    1907/2006/CE (REACH)"): the regulation of the popular names (data/popular_names.toml)
    with that serial and year. A decision "No 1907/2006/EC" would share the serial; in
    brackets ("(EC) No. 1907/2006 (REACH)") the name after it or an act word decides."""
    if year_first or number.form != "slash" or not number.domain or not old_style_year(number.b):
        return None
    return _known_regulations().get((year_of(number.b), int(number.a)))


@functools.cache
def _known_regulations() -> dict[tuple[int, int], str]:
    """The regulations of the popular names by year and serial: CELEX numbers."""
    out: dict[tuple[int, int], str] = {}
    for entry in table("popular_names.toml")["acts"].values():
        celex = str(entry["celex"])
        if celex[5] == "R":
            out[(int(celex[1:5]), int(celex[6:]))] = celex
    return out


def year_marked(view: str, core: regex.Match[str]) -> bool:
    """Whether the part after the slash is the year of a date, its year mark after it: lt
    "REGLAMENTAS (ES) 2020/ 2020 m. lapkričio 25 d." (a conversion lost the serial number
    and the date begins), pl "(UE) 2020/ 2020 r.": no act number."""
    b = core["b"]
    return (
        b is not None
        and len(b) == 4
        and plausible_year(b)
        and _year_mark_after().match(view, core.end()) is not None
    )


@functools.cache
def _year_mark_after() -> regex.Pattern[str]:
    marks = optional_words("official_journal", "year_marks")
    return compile_pattern(rf"[ \t]?(?:{marks})(?![^\W\d_])")
