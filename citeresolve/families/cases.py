"""CJEU cases (C-311/18, T-452/20 P, pre-1989 "Case 120/78") and ECLIs."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..knowledge.data import table as data_table
from ..knowledge.dispatched import Dispatched
from ..knowledge.lang import EU_LANGUAGES, alternation, union_phrases
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import scan_timeout
from ..model.citation import Candidate
from ..model.family import Family, register
from ..model.keys import KeyParts, pattern_parser
from ..resolve.toolkit import Built as _Built
from ..resolve.toolkit import Invalid as _Invalid
from ..resolve.toolkit import Link, identifiers
from ..resolve.toolkit import Request as _Request
from ..resolve.toolkit import url as _url
from ..resolve.toolkit import word as _word
from ..text.scan import Trigger, matches_from, occurrences
from .case_courts import court_list_pattern, court_trigger
from .case_judgments import after_judgments
from .case_lists import cited_again, hyphen_lost_in_list, listed_beside, reported
from .case_numbers import (
    ITEMS,
    LISTED,
    SEPARATOR,
    SHARING,
    case_year,
    court_of,
    lettered_year,
    old_year,
    year_end,
)
from .case_parties import after_parties
from .metadata_labels import cases_after_labels, label_alternation

# Court letters typed in the Cyrillic or Greek look-alike (bg "дело С-311/18" with a
# Cyrillic С, el "Τ-310/02" with a Greek tau): data/homoglyphs.toml.
_LOOKALIKE_COURTS = {
    other: latin
    for pairs in data_table("homoglyphs.toml").values()
    for other, latin in pairs.items()
    if latin in "CTF"
}
_NUMBERED = lazy_pattern(
    r"""
    # A site may double the prefix ("ECLI:ECLI:EU:C:2017:815"): the ECLI is the second;
    # a metadata label may be glued to it ("ECLIECLI:EU:C:1976:56").
      (?:(?<![\w:])|(?<=(?<![\w:])ECLI:)|(?<=(?<![\w:])"""
    + label_alternation("ecli")
    + r"""))(?P<ecli>(?:ECLI:)?EU:(?P<ecli_court>[CTF]):(?P<ecli_year>\d{4}):\d{1,5})(?!\d)
    # A letter of another script may touch the court letter: a link's text glued to
    # the word before it (el "Ουγγαρία κατά ΚοινοβουλίουC-650/18"); a Latin one may not,
    # nor any letter a look-alike court letter (bg "ЕС-" is no court), nor a slash: a
    # Commission file number goes on so (es "Asunto COMP/C-3/37.990 — Intel"). A case
    # number may touch the one before it when a page lost the separator of joined cases
    # (it "Cause riunite C-374/16C-375/16").
    | (?:(?<![\p{Latin}\d_/-])|(?<=(?<![\w-])[CTF]-\d{1,4}/\d{2}))(?P<court>[CTF]|(?<!\p{L})["""
    + "".join(_LOOKALIKE_COURTS)
    + r"""])\s?-\s?(?P<number>\d{1,4})
      (?:/|\.(?=\d{4}(?!\d)))(?P<year>\d{2})(?P<glued>\d{1,2})?(?![\d/])
      (?:\s(?:P-R|P|R)(?![\w-]))?
    """,
    regex.VERBOSE,
)

# The hyphen of a case number with its court letter ("C-311/18", "T - 452/20"): the
# pattern opens with the hyphen, a literal the engine skips to far faster than it
# tries _NUMBERED's look-behinds at every position.
_COURT_HYPHEN = lazy_pattern(r"(?<=[CTF" + "".join(_LOOKALIKE_COURTS) + r"]\s?)-")


def _number_starts(view: str) -> list[int]:
    """Where a match of _NUMBERED may start: at "EU:" or the "ECLI:" 5 characters
    before it, and at the court letter 1 or 2 characters before the hyphen
    (tests/test_scan.py checks that the matches are the same)."""
    eclis = [i - d for i in occurrences(view, "EU:") for d in (0, 5)]
    hyphens = _COURT_HYPHEN.finditer(view, timeout=scan_timeout(view))
    return eclis + [m.start() - d for m in hyphens for d in (1, 2)]


@functools.cache
def _case_list_pattern() -> Dispatched:
    """A case word and the list of numbers after it ("Joined Cases 46/87 and 227/88",
    "asuntos acumulados C 60/17 y C 61/17"). Only after a case word is a number without
    its hyphen, or without a court letter (cases before 1989), read as a case; the
    number word of acts may stand between ("Case No 26/62", nl "zaak nr. C 19/08", it
    "causa n. 41/74"). Compiled per first character of the case word, on first need."""
    number = alternation(union_phrases("acts", "number_words"))
    return Dispatched(
        [(None, union_phrases("cases", "words"))],
        rf"(?:\s+|(?=[CTF]-\d))(?P<numbered>{number}\s?)?(?P<list>{ITEMS})",
        transform=_glued_court,
    )


def _glued_court(alternation: str) -> str:
    # An infobox label run into its value (hr "Broj predmetaC-6/90"): a case word may end
    # at a court letter and its hyphen, never at any other letter.
    return alternation.replace(r"(?![^\W\d])", r"(?!(?![CTF]-\d)[^\W\d])")


_NUMBER_NEAR = lazy_pattern(r"\d{1,4}[/-]\d{2}")  # "-": old cases (case_numbers.ITEM)
_CASE_REACH = 60  # the longest case word ("gevoegde zaken", "assuntos apensos") and a number


@functools.cache
def _case_word_trigger() -> Trigger:
    return Trigger(union_phrases("cases", "words"))


def _matches(view: str) -> list[regex.Match[str]]:
    numbered = matches_from(_NUMBERED, view, _number_starts(view))
    found = [m for m in numbered if year_end(view, m)]
    seen = {m.start() for m in found}
    list_end = 0
    words = list(_case_word_trigger().positions(view))
    courts = court_trigger()
    lists = [(pos, _case_list_pattern()) for pos in words]
    lists += [(pos, court_list_pattern()) for pos in (courts.positions(view) if courts else [])]
    for pos, pattern in sorted(lists, key=lambda pair: pair[0]):
        # "Case" is a common word; only with a number right after it is it a case.
        if pos < list_end:
            continue  # "Cases" inside "Joined Cases" whose list was read
        if _NUMBER_NEAR.search(view, pos, pos + _CASE_REACH) is None:
            continue
        # Built on the first case word with a number after it: most texts have none.
        m = pattern.match(view, pos)
        if m is None:
            continue
        list_end = m.end()
        found.extend(_listed_items(view, m, seen))
    found.extend(_hyphen_lost_alone(view, words, seen))
    found.extend(_after_glued_label(view, seen))
    found.extend(after_parties(view, seen))
    found.extend(after_judgments(view, seen))
    found.extend(cases_after_labels(view, seen))
    found = [m for m in found if not _state_aid(view, m)]
    found.extend(reported(view, seen, [m for m in found if m.groupdict().get("ecli")]))
    found.extend(cited_again(view, found, seen))
    found.extend(listed_beside(view, found, seen))
    found.extend(hyphen_lost_in_list(view, found, seen))
    return sorted((m for m in found if not _state_aid(view, m)), key=lambda m: m.start())


# A State aid case of the Commission looks like a case number that lost its hyphen, but
# its earlier register number follows it: "State aid case C 19/08 (ex NN 13/08)", mt
# "Għajnuna mill-Istat C 51/07 (ex N 530/07)", fi "toimenpiteestä N:o C 19/08 (ex NN
# 13/08)". A case of the Court has none.
_STATE_AID_AFTER = lazy_pattern(r"\s?\(ex\s(?:N|NN|CP|SA)\b")


def _state_aid(view: str, m: regex.Match[str]) -> bool:
    if not m.groupdict().get("court") or "-" in view[m.start() : m.end()]:
        return False
    return _STATE_AID_AFTER.match(view, m.end()) is not None


def _listed_items(view: str, m: regex.Match[str], seen: set[int]) -> list[regex.Match[str]]:
    """The case numbers of the list after a case word or the Court's name: those with a
    court letter, those of the Court of Justice before 1989, and those after a number of
    the Court of Justice in the same list (pt "C 267 e 268/91", "C-267/91 e 268/91": the
    letter is written once)."""
    lo, hi = m.start("list"), m.end("list")
    items = sorted([*LISTED.finditer(view, lo, hi), *SHARING.finditer(view, lo, hi)], key=_start)
    found, court = [], None
    for item in items:
        ends = year_end(view, item)  # "causa 41/1974": the year in full
        court = item["court"] or court
        if item.start() in seen or ends is None:
            continue
        if item["court"] is None and court != "C" and not _old_case(view, m, item, ends[0]):
            continue  # no court letter: only the Court of Justice
        seen.add(item.start())
        found.append(item)
    return found


def _start(m: regex.Match[str]) -> int:
    return m.start()


def _old_case(view: str, listed: regex.Match[str], item: regex.Match[str], year: str) -> bool:
    """Whether a number with no court letter after a case word is a case of the Court of
    Justice: never with a number word and the year in full, as national courts number
    theirs (it "causa n. 123/1985"; the Court's is "causa 123/85"). Before 1989; or
    later with its "C-" lost where case word and number fill a bracket alone, as a
    judgment is cited (nl "arrest … van 1 maart 2011 (zaak 236/09)"), never a national
    register's number in a sentence ("in Case 12/19 of the national register")."""
    if listed["numbered"] and item["glued"]:
        return False
    if old_year(year):
        return True
    opened = view[listed.start() - 1 : listed.start()] == "("
    return opened and view[item.end() : item.end() + 1] == ")" and not listed["numbered"]


_COURTS = ("C", "T", "F")  # the court letters, in the order their brackets are read


# A case number that lost its hyphen, in a bracket of case numbers alone after a party's
# name: "Marleasing (C106/89)", "Ring (C335/11, C337/11)"; an OJ page ("OJ C106/89")
# never fills a bracket alone.
_BRACKET_ITEM = r"[CTF]-?\d{1,4}/\d{2}(?:\s(?:P-R|PPU|P|R))?"
_BRACKET_OF_CASES = lazy_pattern(
    rf"\((?P<list>{_BRACKET_ITEM}(?:\s?[,;]\s?{_BRACKET_ITEM}){{0,9}})\)"
)
# ... or right before a case word written after the number, perhaps after an
# abbreviated number word, and the urgent procedure's or an appeal's letters after the
# number: hu "C650/22. sz. ügy", "C648/20. PPU. sz. ügy".
_BEFORE_CASE_WORD = lazy_pattern(
    r"(?<![\w/-])[CTF]\d{1,4}/\d{2}\.?\s(?:(?:P-R|PPU|P|R)\.?\s)?(?:\p{L}{1,3}\.\s?)?$"
)
_BEFORE_REACH = 24
# A case of the Court before 1989 (no court letter) before its case word, after a number
# mark and perhaps the parties' name: hu "a 26/62. sz. Van Gend en Loos ügyben", "a 6/64.
# sz. Costa-ügyben" ([cases] marks_after).
_OLD_REACH = 110


@functools.cache
def _old_before_case_word() -> regex.Pattern[str] | None:
    marks = union_phrases("cases", "marks_after")
    if not marks:
        return None
    # ... the last of a list of them: hu "a 314/81. és 315/81. sz. egyesített ügyekben"
    listed = rf"(?:\d{{1,3}}/\d{{2}}\.?{SEPARATOR}){{0,5}}"
    return deferred_pattern(
        rf"(?<![\w/.-]){listed}\d{{1,3}}/\d{{2}}\.?\s(?:{alternation(marks)})\s"
        rf"[^\d\n()/.;:]{{0,40}}?[\s-]?$"
    )


def _hyphen_lost_alone(view: str, words: list[int], seen: set[int]) -> list[regex.Match[str]]:
    """Case numbers without their hyphen where only case numbers stand: a bracket of
    them, or before a case word (``words``: where one starts). Only of a year since
    the court letters were written (1989) and of a court that sat then: "(C120/80)"
    is a product's code, "(F100/21)" no case of the Civil Service Tribunal (2005-2016)."""
    spans = []
    # Each "(" once (one character is found several times faster than "(C", "(T" and
    # "(F" each), in the order of those three literals.
    opened = [pos for pos in occurrences(view, "(") if view[pos + 1 : pos + 2] in _COURTS]
    for pos in sorted(opened, key=lambda pos: (_COURTS.index(view[pos + 1]), pos)):
        bracket = _BRACKET_OF_CASES.match(view, pos)
        if bracket is not None:
            spans.append((bracket.start("list"), bracket.end("list")))
    old_spans, old_number = [], _old_before_case_word()
    for pos in words:
        before = _BEFORE_CASE_WORD.search(view, max(0, pos - _BEFORE_REACH), pos)
        if before is not None:
            spans.append((before.start(), before.end()))
        old = old_number.search(view, max(0, pos - _OLD_REACH), pos) if old_number else None
        if old is not None:
            old_spans.append((old.start(), old.end()))
    items = []
    for lo, hi in spans:
        for item in LISTED.finditer(view, lo, hi):
            if item.start() not in seen and lettered_year(item):
                seen.add(item.start())
                items.append(item)
    for lo, hi in old_spans:
        for old_item in LISTED.finditer(view, lo, hi):
            if old_item.start() not in seen and old_year(old_item["year"]):
                seen.add(old_item.start())
                items.append(old_item)
    return items


# A language label a page's conversion ran into the case word after it, at the start of
# a line: pt "PTProcesso C64/16" (curia's label of the Portuguese version). Found after
# each line break (the engine skips to the literal; "^" is tried at every position).
_GLUED_LABEL = lazy_pattern(r"\n[ \t]*(?P<label>[A-Z]{2})(?=\p{Lu}\p{Ll})")
_LABELS = frozenset(code.upper() for code in EU_LANGUAGES)


def _after_glued_label(view: str, seen: set[int]) -> list[regex.Match[str]]:
    """The case numbers after a case word with a language label glued before it, read
    as after any case word (the trigger sees no word start there)."""
    items = []
    for label in _GLUED_LABEL.finditer("\n" + view, timeout=scan_timeout(view)):
        start = label.end() - 1
        if label["label"] not in _LABELS:
            continue
        listed = _case_list_pattern().match(view[start : start + _CASE_REACH], 0)
        if listed is None:
            continue
        for item in LISTED.finditer(view, start + listed.start("list"), start + listed.end("list")):
            old = item["court"] is None and old_year(item["year"])
            if item.start() not in seen and year_end(view, item) and (old or lettered_year(item)):
                seen.add(item.start())
                items.append(item)
    return items


def parse(view: str) -> list[Candidate]:
    found = []
    for m in _matches(view):
        groups = m.groupdict()
        if groups.get("ecli"):
            ecli = m["ecli"] if m["ecli"].startswith("ECLI:") else "ECLI:" + m["ecli"]
            parts = KeyParts(type="case", ecli=ecli)
            found.append(Candidate(parts, m.start(), m.end()))
        else:
            court = groups.get("court") or "C"  # before 1989: the Court of Justice
            court = _LOOKALIKE_COURTS.get(court, court)
            ends = year_end(view, m)
            assert ends is not None  # _matches keeps only numbers with a year
            year, end = ends
            parts = KeyParts(type="case", series=court, number=str(int(m["number"])), issue=year)
            found.append(Candidate(parts, m.start(), end))
    return found


# -------------------------------------------------------------- resolution


def _check_court_year(letter: str, year: int) -> None:
    court = court_of(letter)
    first, last = court["first_year"], court.get("last_year")
    if year < first or (last is not None and year > last):
        span = f"{first}–{last}" if last else f"since {first}"
        raise _Invalid(f"the {court['name']} ({letter}) sat {span}, not in {year}")


def _citable_from(parts: KeyParts) -> dt.date | None:
    """1 January of the year of the case (of the ECLI's year)."""
    if parts.ecli is not None:
        return dt.date(int(parts.ecli.split(":")[3]), 1, 1)
    return dt.date(case_year(str(parts.issue)), 1, 1)


def _resolve_case(req: _Request) -> _Built:
    parts = req.parts
    if parts.ecli is not None:
        _, _, court, ecli_year, ordinal = parts.ecli.split(":")
        _check_court_year(court, int(ecli_year))
        if int(ordinal) == 0:
            raise _Invalid("ECLI ordinal 0 does not exist")
        return _Built(_url("eurlex_ecli", LANG=req.LANG, ecli=parts.ecli))
    court, year = str(parts.series), case_year(str(parts.issue))
    _check_court_year(court, year)
    number = int(str(parts.number))
    if number == 0:
        raise _Invalid("case number 0 does not exist")
    # The Court's case page lists every document of the case (a case may close
    # by order, or still be pending), so it is the primary URL; the judgment's
    # CELEX is the usual EUR-Lex document. Cases of the Court of Justice before
    # the General Court existed (1989) have no "C-" in the Court's search.
    judgment = f"6{year}{court_of(court)['judgment_descriptor']}{number:04d}"
    prefix = "" if year < int(identifiers()["courts"]["prefix_from_year"]) else f"{court}-"
    case = f"{prefix}{parts.number}/{parts.issue}"
    curia = _url("curia_case", case=case, lang=req.lang)
    alternatives = (
        Link("judgment", _url("eurlex_celex", LANG=req.LANG, celex=judgment)),
        Link("curia_legacy", _url("curia_case_legacy", case=case, lang=req.lang)),
    )
    return _Built(curia, alternatives, celex=judgment)


def _label_case(parts: KeyParts, lang: str, date: dt.date | None = None) -> str:
    if parts.ecli is not None:
        return parts.ecli
    # Cases before the General Court existed (1989) are cited without "C-".
    first = int(identifiers()["courts"]["prefix_from_year"])
    old = parts.series == "C" and case_year(str(parts.issue)) < first
    prefix = "" if old else f"{parts.series}-"
    return f"{_word(lang, 'cases', 'words')} {prefix}{parts.number}/{parts.issue}"


# ------------------------------------------------------------------ the family

_KEYS = (
    deferred_pattern(r"CJEU:(?P<series>[CTF])-(?P<number>\d{1,4})/(?P<issue>\d{2})"),
    deferred_pattern(r"(?P<ecli>ECLI:EU:[CTF]:\d{4}:\d{1,5})"),
)


def format_key(parts: KeyParts) -> str:
    if parts.ecli is not None:
        return parts.ecli
    return f"CJEU:{parts.series}-{parts.number}/{parts.issue}"


FAMILY = register(
    Family(
        "case",
        format_key,
        pattern_parser("case", *_KEYS),
        find=parse,
        resolve=_resolve_case,
        label=_label_case,
        citable_from=_citable_from,
        online_check="case",
        key_prefixes=("CJEU:", "ECLI:"),
        title="case or ECLI",
        key_example="CJEU:C-311/18 or ECLI:EU:C:2020:559",
    )
)
