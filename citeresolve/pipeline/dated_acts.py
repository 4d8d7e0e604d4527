"""The act a sentence is about, among the acts its title names: the last one before a
position that is cited with its own date ("Regulation (EU) 2023/1114 of … of 31 May 2023
on …, and amending Regulations (EU) No 1093/2010 and …"). A year-less OJ reference
takes that act's year; a short name defined there names that act."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar

import regex

from ..knowledge.data import table
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..resolve.toolkit import identifiers

# A full date: "9 oktober 1978", "9. Oktober 1978", "19.10.1992", es/pt "31 de mayo de
# 2023", mt "28 ta' Novembru 2006".
FULL_DATE = (
    r"(?<!\d)\d{1,2}(?:\.?\s(?:\p{Ll}{1,2}['’]?\s)?[^\W\d_]{3,12}\.?\s(?:\p{Ll}{1,2}\s)?|\.\d{1,2}\.)"
    r"(?P<year>(?:19|20)\d{2})"
)
# An act's own date right after its number: "2002/24/CE du Parlement européen et du
# Conseil, du 18 mars 2002", "77/388/EEC of 17 May 1977", "Nr. 603/95 des Rates vom 6.3.1995".
_OWN_DATE = lazy_pattern(r"[^.;()\d]{0,80}?" + FULL_DATE)
# What ends the sentence; not a day's dot before its month and year (de "vom 17. April
# 2019", cs "ze dne 17. dubna 2019").
_SENTENCE_END = lazy_pattern(
    r"(?:(?<!(?<!\d)\d{1,2})|(?!\.\s\p{Lu}\p{Ll}+\s(?:19|20)\d{2}))[.!?]\s+\p{Lu}|\n\s*\n"
)
_TITLE_REACH = 700
# The full stop of a year written as an ordinal (hr "od 28. studenoga 2006. o …") when
# the act's title goes on after it in lower case.
_ORDINAL_YEAR_DOT = lazy_pattern(r"\.(?=[ \t]+\p{Ll})")


def own_date_end(view: str, end: int, limit: int) -> int:
    """Where the date an act is cited with right after its number (``end``), and the
    author before it, ends ("2006/112/EC of 28 November 2006", ro "2006/112/CE a
    Consiliului din 28 noiembrie 2006"); ``end`` when there is none before ``limit``."""
    date = _OWN_DATE.match(view, end, limit)
    if date is None:
        return end
    dot = _ORDINAL_YEAR_DOT.match(view, date.end(), limit)
    return dot.end() if dot is not None else date.end()


class _Span(Protocol):
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Span)


def dated_act(
    view: str,
    acts: Sequence[T],
    pos: int,
    is_act: Callable[[T], bool],
    closed: int = 0,
    number_year: Callable[[T], int | None] | None = None,
) -> T | None:
    """The last act of the sentence before ``pos`` that is cited with its own date.

    A year-less OJ reference closes the full citation of an act (number, date,
    title); an act named inside that title ("… et abrogeant la directive 92/61/CEE
    du Conseil (JO L 124, p. 1)") is not the one published there. An act before
    ``closed``, where an earlier OJ reference ended, already has its own ("direktiv
    2005/60/EG av den 26 oktober 2005 … (EUT L 309, s. 15), senast ändrat genom
    direktiv 2010/78/EU (EUT L 331, s. 120)").

    ``number_year`` gives the year an act's number carries: a date of another year is
    not its own ("… repealing Directive 2009/22/EC was published on 4 December 2020 (OJ
    L 409/1)" is Directive (EU) 2020/1828's publication); an act is dated the year its
    number carries or the year before ("Regulation (EC) No 1/2003 of 16 December 2002").
    """
    for act in _in_title(view, acts, pos, closed):
        if not is_act(act):
            continue
        date = _OWN_DATE.match(view, act.end, pos)
        if date is not None and _dates_next().match(view, date.end()) is not None:
            continue  # the date of the act named after it (fi "… 26.7.2010 annetun")
        year = number_year(act) if number_year is not None and date is not None else None
        if date is not None and (year is None or year - 1 <= int(date["year"]) <= year):
            return act
    return None


@functools.cache
def _dates_next() -> regex.Pattern[str]:
    """Every language's ``dated_next`` words of data/context_words.toml, after the
    spaces that follow a date: the date is the act's named after it."""
    words = sorted(
        {w for entry in table("context_words.toml").values() for w in entry.get("dated_next", [])}
    )
    return deferred_pattern(rf"[ \t\u00a0]+(?:{alternation(words)})" if words else r"(?!)")


def authored_act(
    view: str,
    acts: Sequence[T],
    pos: int,
    is_act: Callable[[T], bool],
    authored: Callable[[str, int], bool],
    closed: int = 0,
) -> T | None:
    """The last act of the sentence before ``pos`` that its authors follow, when no act
    there has its own date: a title's head act whose date a page lost (en "Directive
    (EU) 2017/1564 of the European Parliament and of the Council of on certain permitted
    uses … and amending Directive 2001/29/EC … (OJ L 242, , pp. 6-13)"), never an act
    its title names without authors."""
    for act in _in_title(view, acts, pos, closed):
        if is_act(act) and authored(view, act.end):
            return act
    return None


def _in_title(view: str, acts: Sequence[T], pos: int, closed: int) -> Iterator[T]:
    """The acts of the sentence before ``pos``, last first, after ``closed`` and within
    a title's reach."""
    for act in reversed(acts):
        if pos - act.end > _TITLE_REACH or act.end <= closed:
            return
        if _SENTENCE_END.search(view, act.end, pos):
            return
        yield act


_DATE_REACH = 200


@functools.cache
def _date_year() -> regex.Pattern[str]:
    """A full date, or a Commission decision's document number ("C(2009) 3726"),
    whose group ``year`` is the year (identifiers.toml decision_number_words)."""
    words = identifiers()["official_journal"]["decision_number_words"]
    decision = "|".join(regex.escape(word) for word in words)
    return deferred_pattern(
        rf"{FULL_DATE}(?!\d)|(?<![^\W\d_])(?:{decision})\(\s?(?P<year>(?:19|20)\d{{2}})\s?\)\s?\d{{1,5}}(?!\d)"
    )


def last_date_year(view: str, pos: int) -> int | None:
    """The year of the last full date within reach before ``pos``, or of a Commission
    decision cited by its number there: the year of an instrument cited without a
    number an act key has ("konventionen av den 9 oktober 1978 om … anslutning (EGT nr
    L 304, s. 1)", "Decisión de la Comisión C(2009) 3726 final")."""
    window = view[max(0, pos - _DATE_REACH) : pos]
    years = [m["year"] for m in _date_year().finditer(window)]
    return int(years[-1]) if years else None


class _Mentioned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def code(self) -> str: ...


_M = TypeVar("_M", bound=_Mentioned)


def _number_year(act: _Mentioned) -> int | None:
    year = act.code.removeprefix("CELEX:")[1:5]
    return int(year) if year.isdigit() else None


@functools.cache
def title_amending_words(code: str) -> regex.Pattern[str] | None:
    """The words of an act's title that name the acts it amends or repeals ("amending",
    fr "abrogeant"): ``title_amends`` of data/context_words.toml; None where the language
    has none."""
    words = table("context_words.toml").get(code, {}).get("title_amends", [])
    return deferred_pattern(alternation(words)) if words else None


def in_amending_title(
    view: str, acts: Sequence[_Mentioned], act: _Mentioned, words: regex.Pattern[str] | None
) -> bool:
    """Whether ``act`` is one the title of an act cited with its own date before it in
    the sentence amends or repeals ("Règlement (UE) 2018/1139 … du 4 juillet 2018
    concernant …, et modifiant les règlements … et abrogeant … le règlement (CEE) no
    3922/91"): a reference word after the title ("dudit règlement") stands for the titled
    act, not for the acts it amends. An act the title only names ("por el que se aplica el
    Reglamento (CE) nº 139/2004") stays one."""
    if words is None:
        return False
    head = dated_act(view, acts, act.start, lambda m: m.code != act.code, number_year=_number_year)
    return head is not None and words.search(view, head.end, act.start) is not None


def amending_title_head(view: str, acts: Sequence[_M], act: _M, code: str) -> _M:
    """The act cited with its own date whose title amends or repeals ``act`` (de "Art. 23
    der Richtlinie 2008/48/EG … vom 23. April 2008 über … und zur Aufhebung der Richtlinie
    87/102/EWG …, dass … in Art. 8 dieser Richtlinie": 2008/48's), or ``act`` itself
    (:func:`in_amending_title`; ``acts`` are those cited before it)."""
    words = title_amending_words(code)
    if not in_amending_title(view, acts, act, words):
        return act
    head = dated_act(view, acts, act.start, lambda m: m.code != act.code, number_year=_number_year)
    return head if head is not None else act


def defined_after_title(view: str, owner: _M, instruments: Sequence[_M], code: str) -> _M:
    """The act whose title amends or repeals ``owner``, the act right before a defined
    name: the name is the titled act's (cs "směrnice (EU) 2022/2555 ze dne 14. prosince
    2022 … a o zrušení směrnice (EU) 2016/1148 (směrnice NIS 2)"), else ``owner``."""
    if not owner.code.startswith("CELEX:"):
        return owner
    before = [m for m in instruments if m.start < owner.start and m.code.startswith("CELEX:")]
    head = amending_title_head(view, before, owner, code)
    return head if head is not owner else _undated_title_head(view, before, owner, code)


def _undated_title_head(view: str, before: Sequence[_M], owner: _M, code: str) -> _M:
    """The act of the sentence whose title amends ``owner``, the last act of a name's
    amending title, where the titled act has no date (sl "Uredbo (EU) št. 260/2012 o …
    in o spremembi Uredbe (ES) št. 924/2009 (v nadaljevanju Uredba)"): the act right
    before the title's amending words, the list they open standing between; else
    ``owner``. Not where a bracket stands between that act and the words: the act has a
    name of its own there (fr "la directive (UE) 2017/2455 (ci-après la « directive … »)
    modifiant la directive 2006/112/CE (ci-après la « directive TVA »)"), or is itself a
    name in brackets; nor where it is of another kind (the name's kind picks among them,
    see context)."""
    head = undated_title_head(view, before, owner, title_amending_words(code))
    return head if head is not None else owner


def undated_title_head(
    view: str, before: Sequence[_M], owner: _M, words: regex.Pattern[str] | None
) -> _M | None:
    """The act of the sentence whose title (``words``: "amending", da "og om ophævelse
    af") amends or repeals ``owner``, the titled act having no date (see
    :func:`_undated_title_head`); None where there is none. The sentence end before
    ``owner`` reads its first letter ("… was published. Regulation (EU) 2021/1230")."""
    later = owner
    for act in _in_title(view, before, owner.start + 1, -1) if words is not None else ():
        if words is not None and (found := words.search(view, act.end, later.start)):
            gap = _FOOTNOTE.sub("", view[act.end : found.start()])
            kinds = {m.code.removeprefix("CELEX:")[5:6] for m in (act, owner)}
            same = act.code != owner.code
            return act if same and "(" not in gap and ")" not in gap and len(kinds) == 1 else None
        later = act
    return None


# A footnote marker in brackets ("(1)"), which names nothing.
_FOOTNOTE = lazy_pattern(r"\([ \t]?\d{1,3}[ \t]?\)")


# A title in quotes right after an act's number, perhaps after a comma: its opening mark.
_TITLE_OPENING = lazy_pattern(r"[ \t]*,?[ \t]*(?P<mark>[«“„\"])(?=[ \u00a0\u202f]?\p{L})")
_TITLE_CLOSING = {"«": "»", "“": "”", "„": "“”", '"': '"'}
_TITLE_REACH_QUOTED = 400


def quoted_title_end(view: str, pos: int) -> int:
    """Where the quoted title that opens right after an act ending at ``pos`` closes, on
    the same line and within reach; -1 when no title in quotes follows the act."""
    opening = _TITLE_OPENING.match(view, pos)
    if opening is None:
        return -1
    start = opening.end()
    for k in range(start, min(len(view), start + _TITLE_REACH_QUOTED)):
        ch = view[k]
        if ch == "\n":
            return -1
        if ch in _TITLE_CLOSING[opening["mark"]]:
            return k
    return -1
