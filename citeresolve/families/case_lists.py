"""Case numbers that only their neighbours show to be cases: members of a list of cases
with no case word before them (pre-1989 "154/80 Aardappelenbewaarplaats" beside
"C-258/95 Julius Fillibeck", "C 34/20" beside "C-854/19"), and the numbers of the Court's
reports' citations ("293/87 Vainker v Parliament [1989] ECR 23", "Van Gend en Loos
(26/62) Slg. 1963, 1", "Costa, 6/64, EU:C:1964:66"). Used by :mod:`.cases`."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import all_languages, alternation, union_phrases
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from ..text.scan import Trigger
from .case_numbers import LISTED, case_year, lettered_year, old_year, year_end

# A case number of the Court of Justice before 1989 (no court letter) with the name of
# a party after it ("89/81 Hong Kong Trade", "120/78 Rewe"), opening an item of a list:
# after a bracket, a comma, a semicolon or a short lower-case word ("see", "se", "vgl.",
# "and"), never after a capitalised word ("Law 12/80 Smith").
_OLD_WITH_PARTY = lazy_pattern(
    r"(?:(?<=[(,;:]\s?)|(?<=(?<![\w.])\p{Ll}{1,4}\.?\s))\d{1,4}/[5-8]\d(?![\d/])(?=\s\p{Lu})"
)
# What may stand between two members of one list of cases: party names, "para. 18",
# commas, semicolons and conjunctions, within one bracket or line.
_SAME_CASE_LIST = lazy_pattern(r"[^\n()]{1,120}")


def listed_beside(
    view: str, found: list[regex.Match[str]], seen: set[int]
) -> list[regex.Match[str]]:
    """Pre-1989 case numbers with no case word, each followed by a party's name, in a
    list (one clause) with a case already read: sv "(se 89/81 Hong Kong trade, C-258/95
    Julius Fillibeck punkt 18, 154/80 Aardappelenbewaarplaats)". Alone, "89/81 Hong
    Kong" could be anything numbered; beside a case, it is one of the list."""
    return _grow_list(view, found, seen, _OLD_WITH_PARTY, _in_a_list)


def _grow_list(
    view: str,
    found: list[regex.Match[str]],
    seen: set[int],
    candidate: regex.Pattern[str],
    in_list: Callable[[str, regex.Match[str], list[tuple[int, int]]], bool],
    accept: Callable[[str, regex.Match[str]], bool] | None = None,
) -> list[regex.Match[str]]:
    """The matches of ``candidate`` that ``in_list`` puts in one list with a member (a
    case of ``found`` written with its number), read as cases where ``accept`` (if
    given) takes them. Each one read becomes a member: it may bring the next one of the
    list into reach, so the candidates are tried again until none is added."""
    members = [(m.start(), m.end()) for m in found if not m.groupdict().get("ecli")]
    if not members:
        return []
    candidates = list(candidate.finditer(view, timeout=scan_timeout(view)))
    listed: list[regex.Match[str]] = []
    grew = True
    while grew:
        grew = False
        for bare in candidates:
            if bare.start() in seen or not in_list(view, bare, members):
                continue
            item = LISTED.match(view, bare.start(), bare.end())
            if item is not None and (accept is None or accept(view, item)):
                seen.add(item.start())
                members.append((item.start(), item.end()))
                listed.append(item)
                grew = True
    return listed


# A case number whose hyphen became a space or vanished ("C 34/20", "C415/19"), and
# what separates two members of one list of case numbers: a comma, a semicolon or a
# short conjunction (cs "C 34/20, C-854/19 a C-5/20"), as in cases._case_list_pattern.
_HYPHEN_LOST = lazy_pattern(
    r"(?<![\w/-])[CTF]\s?\d{1,4}/\d{2}(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)
_LIST_GAP = lazy_pattern(r"\s?[,;]\s?|\s+\p{Ll}{1,4}\s+")


def hyphen_lost_in_list(
    view: str, found: list[regex.Match[str]], seen: set[int]
) -> list[regex.Match[str]]:
    """Case numbers without their hyphen and with no case word before them, written
    as members of a list of case numbers read already: "rozsudky C 34/20, C-854/19 a
    C-5/20" (the judgments of one day). Alone, "C 34/20" may be an OJ page ("C 34/20"
    of a page header); right beside a case number in a list, it is a case too."""
    return _grow_list(view, found, seen, _HYPHEN_LOST, _beside, _has_year)


def _beside(view: str, bare: regex.Match[str], members: list[tuple[int, int]]) -> bool:
    """Whether only a list separator stands between ``bare`` and one of ``members``."""
    return any(
        (0 <= start - bare.end() <= 8 and _LIST_GAP.fullmatch(view, bare.end(), start))
        or (0 <= bare.start() - end <= 8 and _LIST_GAP.fullmatch(view, end, bare.start()))
        for start, end in members
    )


def _in_a_list(view: str, old: regex.Match[str], members: list[tuple[int, int]]) -> bool:
    """Whether ``old`` stands in one list (one clause) with one of ``members``."""
    return any(_in_one_list(view, old.start(), start) for start, _ in members)


def _has_year(view: str, item: regex.Match[str]) -> bool:
    return year_end(view, item) is not None


def _in_one_list(view: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    # 1 to 120 characters or none: asked of every candidate and member of a text.
    return 0 < hi - lo <= 120 and _SAME_CASE_LIST.fullmatch(view, lo, hi) is not None


# A case number opening an item of a list of the Court's case law: at the start of a
# line (after a bullet), after a bracket, comma, semicolon or colon, or after a short
# lower-case word ("see"), an abbreviation with its dot (el "Βλ.", de "Vgl.") or the
# Court's in capitals (el "ΔΕΚ 26/62", de "EuGH 6/64"), never a capitalised word ("Law
# 12/80"); a party's name or the bracket's end after it. Without its hyphen or court
# letter, only its report's citation later on the line shows it a case.
_REPORTED = lazy_pattern(
    r"(?:(?<=[(,;:]\s?)"
    r"|(?<=(?<![\w.])(?:\p{Ll}{1,4}\.?|\p{L}{1,3}\.|\p{Lu}\p{L}{0,2}\p{Lu})\s)"
    r"|(?<=(?:^|\n)[ \t]{0,8}(?:[-–•*][ \t])?))"
    r"(?:[CTF]\s?)?\d{1,4}/\d{2}(?![\d/])(?=\)?[\s,])"
)
_REPORT_REACH = 120  # from the case number to its report: the parties' names
_REPORT_YEAR = lazy_pattern(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")


@functools.cache
def _report_words() -> list[str]:
    """The words that cite the Court's reports ("ECR", "Slg.", "Rec."), in every
    language (as case words are: a text cites the Reports of another language's edition)."""
    return union_phrases("cases", "reports")


@functools.cache
def _report_trigger() -> Trigger:
    """Where a report word may start; most texts have none, so the patterns below are
    compiled only where one does."""
    return Trigger(_report_words())


@functools.cache
def _report_word() -> regex.Pattern[str]:
    return compile_pattern(alternation(_report_words()))


@functools.cache
def _number_before() -> regex.Pattern[str]:
    """The number word of acts or a national act's word right before a number (cs
    "zákon č. 99/63 Sb.", es "Ley 14/86"): a national act's, never a case's."""
    numbers = [
        w
        for lang in all_languages()
        for field in ("number_words", "national_acts")
        for w in lang.section("acts").get(field, [])
    ]
    return compile_pattern(rf"(?:{alternation(numbers)})\s?$")


def reported(view: str, seen: set[int], eclis: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """Case numbers without a case word, their hyphen or their court letter that their
    judgment's citation shows to be cases: the last number opening an item on its line
    before a citation of the Court's reports in reach ("293/87 Vainker v Parliament
    [1989] ECR 23", "Costa v ENEL (6/64) [1964] ECR 585", "C 6/90 Francovich, Slg.
    1991, I-5357"), or the number right before the judgment's ECLI, as the Court cites
    its case law ("judgment of 15 July 1964, Costa, 6/64, EU:C:1964:66"). A year the
    citation gives is the judgment's: the case's own year or up to a decade later."""
    items = []
    for item, year in [*_before_reports(view), *_before_eclis(view, eclis)]:
        if item.start() in seen or not _plausible(item, year):
            continue
        if _number_before().search(view, max(0, item.start() - 8), item.start()):
            continue
        seen.add(item.start())
        items.append(item)
    return items


def _before_reports(view: str) -> Iterator[tuple[regex.Match[str], int | None]]:
    """Each number opening an item before a report's citation, with the year that
    citation gives (None without one)."""
    for pos in _report_trigger().positions(view):
        word = _report_word().match(view, pos)
        if word is None:
            continue
        lo = max(view.rfind("\n", 0, pos) + 1, pos - _REPORT_REACH)
        opened = list(_REPORTED.finditer(view, lo, pos))
        item = LISTED.match(view, opened[-1].start(), opened[-1].end()) if opened else None
        if item is not None:
            year = _REPORT_YEAR.search(view, max(0, word.start() - 8), word.end() + 8)
            yield item, None if year is None else int(year[0])


# A case number right before an ECLI, after a comma or in its bracket: "Costa, 6/64,
# EU:C:1964:66", "(26/62, EU:C:1963:1)".
_BEFORE_ECLI = lazy_pattern(r"(?<![\w/.-])(?:[CTF]\s?)?\d{1,4}/\d{2}(?![\d/]),\s?$")


def _before_eclis(
    view: str, eclis: list[regex.Match[str]]
) -> Iterator[tuple[regex.Match[str], int | None]]:
    """Each number right before a judgment's ECLI of the same court, with its year."""
    for ecli in eclis:
        before = _BEFORE_ECLI.search(view, max(0, ecli.start() - 14), ecli.start())
        item = None if before is None else LISTED.match(view, before.start(), before.end())
        if item is not None and (item["court"] or "C") == ecli["ecli_court"]:
            yield item, int(ecli["ecli_year"])


def _plausible(item: regex.Match[str], year: int | None) -> bool:
    """Whether a number read before its judgment's citation is a case of a court that
    sat in its year, and the judgment's year (if the citation gives one) is that year
    or up to a decade later."""
    if item["court"] is None and not old_year(item["year"]):
        return False
    if item["court"] is not None and not lettered_year(item):
        return False
    first = case_year(item["year"])
    return year is None or first <= year <= first + 10


# A case number with a court letter but no hyphen ("(C611/22 P)" under the parties).
_BARE_NUMBER = lazy_pattern(
    r"(?<![\w/-])[CTF]\d{1,4}/\d{2}(?![\d/])(?:\s(?:P-R|PPU|P|R)(?![\w-]))?"
)
# A case number with a hyphen for its slash ("(C-31-16)" under the parties), in the
# groups of case_numbers.LISTED; alone it could be any code, so it is only read again.
_HYPHEN_FOR_SLASH = lazy_pattern(
    r"(?<![\w/-])(?P<court>[CTF])-(?P<number>\d{1,4})-(?P<year>\d{2})(?P<glued>(?!))?(?![\w/-])"
)


def cited_again(view: str, found: list[regex.Match[str]], seen: set[int]) -> list[regex.Match[str]]:
    """The same case numbers written again without their hyphen, or with a hyphen for
    their slash, and with no case word before them: once the document has read
    "C611/22" as a case after a case word ("Cásanna Uamtha C611/22 P"), or "C-31/16",
    its other occurrences ("C611/22", "(C-31-16)") are that case too."""
    known = {(m["court"], m["number"], m["year"]) for m in found if m.groupdict().get("court")}
    if not known:
        return []
    again = []
    timeout = scan_timeout(view)
    unhyphened = _BARE_NUMBER.finditer(view, timeout=timeout)
    bare = (LISTED.match(view, m.start(), m.end()) for m in unhyphened)
    for item in [*bare, *_HYPHEN_FOR_SLASH.finditer(view, timeout=timeout)]:
        if item is None or item.start() in seen:
            continue
        if (item["court"], item["number"], item["year"]) in known:
            seen.add(item.start())
            again.append(item)
    return again
