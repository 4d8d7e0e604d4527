"""Early EEC regulations numbered without a year: "EEC Council Regulation No 1" (1958,
the Community's languages), bg "РЕГЛАМЕНТ № 1", it "regolamento (CEE) n. 1 del
Consiglio, del 15 aprile 1958", ga "Rialachán Uimh. 11" (1960, transport rates).

No act number shape holds them (a number needs its year), and "Regulation No 1" of
an unnamed series (a UNECE regulation, a body's own rules) is no EU act: a "No N"
right after a regulation word is the listed act (data/yearless_acts.toml) only where
the text says which, by a word of its title near the number or by its year right
after it. Texts with neither anywhere are never searched."""

from __future__ import annotations

import functools
import itertools
import math
from typing import NamedTuple

import regex

from ..knowledge.data import table
from ..knowledge.dispatched import all_cases
from ..knowledge.lang import union_pattern, union_phrases
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..knowledge.phrase_dates import DATE_MARK
from ..model.citation import Candidate
from ..model.keys import KeyParts
from ..text.scan import letters_only
from ..text.trigger_keys import normalise
from .act_numbers import number_words
from .act_words import ActWords

# How far from the number a word of the act's title may stand: the subject line under
# a heading ("REGULAMENTUL NR. 1\n\nde stabilire a regimului lingvistic"), the dash
# segments of a judgment's keyword line around it ("Lingua di comunicazione … –
# Regolamento n. 1 – … – Discriminazione fondata sulla lingua").
_TITLE_AFTER = 120
_TITLE_BEFORE = 120
# How far from the number a later act's number may stand: a summary's reference line
# ("Council Regulations No 17, Art. 15(2), and No 1/2003"), also the line above it.
_COMPANION_REACH = 300
# How far after the number its year may stand, on the same line ("n. 1 del
# Consiglio, del 15 aprile 1958").
_YEAR_AFTER = 60


class _Act(NamedTuple):
    celex: str
    year: str
    title: regex.Pattern[str] | None  # a word of its title, in the language(s) read
    # The same words anywhere, the cheap test for a text (None: no words in the
    # language). Not str.lower(): for text beyond Latin-1 it allocates about twelve
    # bytes a character before it shrinks, the peak memory of a whole extract.
    mention: regex.Pattern[str] | None
    # How a mention reads in the text's letters-only copy (scan.letters_only), which the
    # triggers made: a text that holds none of these has no mention, and str.find tells
    # most texts so faster than the case-insensitive search (None: too many spellings).
    spellings: tuple[str, ...] | None
    # The number of a later act the text names beside it ("1/2003"), or None.
    companions: regex.Pattern[str] | None


# At most this many spellings of an act's title words are looked up in a text.
_MOST_SPELLINGS = 64


@functools.cache
def _acts(lang: str | None) -> dict[str, _Act]:
    """Number -> the act of that number, with its title words in ``lang`` (every
    language's when it is unknown)."""
    acts: dict[str, _Act] = {}
    for celex, entry in table("yearless_acts.toml")["acts"].items():
        titles = entry["title"]
        stems = [s for code, words in titles.items() if lang in (None, code) for s in words]
        words = "|".join(regex.escape(s) for s in sorted(stems, key=len, reverse=True))
        title = deferred_pattern(rf"(?<!\w)(?:{words})", regex.IGNORECASE) if stems else None
        mention = deferred_pattern(words, regex.IGNORECASE) if stems else None
        numbers = "|".join(regex.escape(n) for n in entry.get("companions", []))
        companions = deferred_pattern(rf"(?<![\d/])(?:{numbers})(?!\d)") if numbers else None
        acts[str(entry["number"])] = _Act(
            celex, str(entry["year"]), title, mention, _spellings(stems), companions
        )
    return acts


def _spellings(stems: list[str]) -> tuple[str, ...] | None:
    """Every string that a case-insensitive match of one of ``stems`` reads as in a
    text's letters-only copy: each character may be any of its cases in the engine's
    table (all_cases), lower-cased as that copy lower-cases it (a capital sigma at a
    word's end turns final there, and the final sigma is one of sigma's cases); None
    when there are more than _MOST_SPELLINGS."""
    found: list[str] = []
    for stem in stems:
        options = []
        for ch in stem:
            cases = all_cases(ch)
            if cases is None:  # pragma: no cover - every regex release has the table
                return None
            options.append(sorted({normalise(c) for c in cases}))
        if len(found) + math.prod(map(len, options)) > _MOST_SPELLINGS:
            return None
        found += ("".join(spelling) for spelling in itertools.product(*options))
    return tuple(found)


def _mentioned(view: str, act: _Act) -> bool:
    """Whether a word of the act's title stands anywhere in ``view``."""
    if act.mention is None:
        return False
    if act.spellings is not None:
        low = letters_only(view)
        if not any(spelling in low for spelling in act.spellings):
            return False
    return act.mention.search(view) is not None


@functools.cache
def _number_after_word() -> regex.Pattern[str]:
    """What follows a regulation word up to a year-less number: a domain in brackets,
    the number word, the number, and no year or further digit after it ("No 1/2003",
    "No 1.5", "n. 1, 2")."""
    domains = union_pattern("acts", "domains")
    # ... or its author (fr "règlements du Conseil n° 17")
    authors = union_pattern("acts", "authors")
    return deferred_pattern(
        rf"\s*(?:\((?:{domains})\)\s*|(?:{authors})\s+)?(?:{number_words()})\s?(?P<n>\d{{1,3}})"
        r"(?!\d|\s?/|[.,]\d|-\d)"
    )


@functools.cache
def _reads_first_digits() -> bool:
    """Whether the number _number_after_word reads is always the first digits after the
    regulation word: no number word or domain holds a digit, a word's rest ("*") or a
    date (the language files' phrase marks)."""
    phrases = [*union_phrases("acts", "number_words"), *union_phrases("acts", "domains")]
    return not any("*" in p or DATE_MARK in p or any(ch.isdecimal() for ch in p) for p in phrases)


# How far after a year-less act its companion may continue the list of its act word,
# and what may not stand between (a clause's or line's end, another act's number).
_LIST_REACH = 80
_LIST_BREAK = lazy_pattern(r"[;\n]|\d/\d")
_FIRST_DIGIT = lazy_pattern(r"\d")
_DIGITS_AT = lazy_pattern(r"\d{1,4}")
# How far after the regulation word its number's first digit is looked for.
_DIGITS_REACH = 40


def _may_read(view: str, end: int, numbers: dict[str, _Act]) -> bool:
    """Whether the number read after a regulation word that ends at ``end`` may be one of
    ``numbers``: where it is the first digits after the word (_reads_first_digits) and
    those stand within reach, they tell without the pattern, which fails slowly."""
    first = _FIRST_DIGIT.search(view, end, end + _DIGITS_REACH)
    if first is None or not _reads_first_digits():
        return True  # farther away (a long white space run): the pattern decides
    digits = _DIGITS_AT.match(view, first.start())
    return digits is not None and digits[0] in numbers


def yearless_acts(view: str, lang: str | None) -> list[Candidate]:
    """The year-less regulations ``view`` names, each from its act word to its number."""
    acts = _acts(lang)
    wanted = {
        number: act
        for number, act in acts.items()
        if act.year in view
        or _mentioned(view, act)
        or (act.companions is not None and act.companions.search(view) is not None)
    }
    if not wanted:
        return []
    found = []
    after = _number_after_word()
    for start, end, kind in ActWords(view, None, lang).hits:
        if kind != "regulation" or not _may_read(view, end, wanted):
            continue
        m = after.match(view, end)
        if m is None:
            continue
        act = wanted.get(m["n"])
        if act is not None and _said_which(view, start, m.end(), act):
            found.append(Candidate(KeyParts(type="eu_act", celex=act.celex), start, m.end()))
            found += _companion_in_list(view, m.end(), act, lang)
    return found


@functools.cache
def _numbered_companion() -> regex.Pattern[str]:
    """A number word and a year-first "N/YYYY" number with no act word of its own."""
    return deferred_pattern(
        rf"(?<![^\W\d])(?:{number_words()})\s?(?P<n>\d{{1,4}})/(?P<y>\d{{4}})(?![\d/])"
    )


def _companion_in_list(view: str, end: int, act: _Act, lang: str | None) -> list[Candidate]:
    """A companion of the act that continues its act word's list on the same line,
    with its number word and no act word of its own: en "Council Regulations No 17, Art.
    15(2), and No 1/2003, Art. 23(2)" names Regulation (EC) No 1/2003 too; no other act
    number stands between them."""
    if act.companions is None:
        return []
    found = _numbered_companion().search(view, end, end + _LIST_REACH)
    if found is None or _LIST_BREAK.search(view, end, found.start()) is not None:
        return []
    if act.companions.fullmatch(f"{found['n']}/{found['y']}") is None:
        return []
    if ActWords(view[end : found.start()], None, lang).hits:
        return []  # its own act word before it: read as any act number
    celex = f"3{found['y']}R{int(found['n']):04d}"
    return [Candidate(KeyParts(type="eu_act", celex=celex), found.start(), found.end())]


def _said_which(view: str, start: int, end: int, act: _Act) -> bool:
    """Whether a word of the act's title stands near its number, or its year after it
    on the same line, or a later act's number that says which (its companions) within
    a few lines of it."""
    line_end = view.find("\n", end)
    year_reach = min(end + _YEAR_AFTER, line_end if line_end >= 0 else len(view))
    year = deferred_pattern(rf"(?<!\d){act.year}(?!\d)")
    if year.search(view, end, year_reach):
        return True
    if act.companions is not None and act.companions.search(
        view, max(0, start - _COMPANION_REACH), end + _COMPANION_REACH
    ):
        return True
    if act.title is None:
        return False
    return bool(act.title.search(view, max(0, start - _TITLE_BEFORE), end + _TITLE_AFTER))
