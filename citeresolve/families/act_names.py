"""A number with no act word beside a popular name of the very act it numbers:
hr "REACH 1907/2006 Europskog parlamenta", et "(nr 910/2014, eIDAS määrus)", nl "(AVG, 2016/679)",
en "the GDPR (2016/679)". The name alone is no citation (citation-keys.md) and the
number alone no act of a known kind; together they are the act, but only when the
name's act has exactly that year and serial, so another number beside a name
("REACH 12/2008" of a national register) stays unread."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.registry import popular_names
from .act_numbers import ActNumber, year_of
from .name_variants import name_variants

_ACT_KIND = {"R": "regulation", "L": "directive", "D": "decision", "F": "framework_decision"}
# How far back a name may start before its number ("Datenschutz-Grundverordnung ").
_REACH_BEFORE = 80

_Names = tuple[str, regex.Pattern[str], regex.Pattern[str]]


@functools.cache
def _by_number(lang: str) -> dict[tuple[int, int], _Names]:
    """(year, serial) -> the act's CELEX number and the patterns of its names right
    before a number (a space, a comma or an opening bracket between) and right after one (in
    the same bracket, after a comma)."""
    index: dict[tuple[int, int], _Names] = {}
    for celex, phrases in popular_names(lang).items():
        names = alternation(phrases)
        # A comma may part the name from its number too: nl "(AVG, 2016/679)".
        before = compile_pattern(rf"(?:{names})\s?[(,]?\s?\Z")
        after = compile_pattern(rf"\s?,?\s?(?:{names})")
        index[(int(celex[1:5]), int(celex[6:]))] = (celex, before, after)
    return index


def named_act(view: str, number: ActNumber, lang: str | None) -> str | None:
    """The CELEX number of the act whose popular name stands right beside ``number``
    and whose year and serial it is, read either way round ("1907/2006", "93/67")."""
    if lang is None or not number.a.isdigit() or not number.b.isdigit():
        return None
    index = _by_number(lang)
    for year, serial in ((number.b, number.a), (number.a, number.b)):
        entry = index.get((year_of(year), int(serial))) if len(year) in (2, 4) else None
        if entry is None:
            continue
        celex, before, after = entry
        lo = max(0, number.start - _REACH_BEFORE)
        if before.search(view, lo, number.start) or after.match(view, number.end):
            return celex
    return None


def popular_name_phrases(language: Language) -> Iterator[tuple[list[str], str]]:
    """(phrases, code) of each act's popular names in ``language``, for the mention
    matcher. The act's own kind word may stand before its abbreviation or a name
    without it (cs "nařízení GDPR", pl "rozporządzenia RODO", sk "smernice Solventnosť
    II", de "Richtlinie Solvabilität II"): one name, so that the word is not read as a
    bare act of that kind. Where the language puts the kind word after the name, it
    follows the abbreviation in lower case, after a space or a hyphen (hu "az eIDAS
    rendelet 25. cikke", fi "eIDAS-asetuksen", et "eIDAS määruse", lv "eIDAS regulas")."""
    acts = language.section("acts")
    for celex, listed in popular_names(language.code).items():
        # ga "den Ghníomh um Sheirbhísí Digiteacha": the initial mutations of the name
        phrases = name_variants(language, listed)
        kind_words = acts.get(_ACT_KIND.get(celex[5:6], ""), [])
        stems = [word.strip("*").lower() for word in kind_words]
        with_kind = [f"{word} {p[1:]}" for p in phrases if p.startswith("=") for word in kind_words]
        with_kind += [
            f"{p}{mark}{word.lstrip('*')}"  # '=': the kind word in lower case only
            for p in phrases
            if p.startswith("=")
            for word in kind_words
            # one lower-case word: "tanácsi rendelet" never follows a name, and a capital
            # starts the next sentence or heading (pl "SFDR\n\nRozporządzeniem 2019/2088")
            if " " not in word and word.lstrip("*")[:1].islower()
            for mark in " -"
        ]
        with_kind += [
            f"{word} {p}"
            for p in phrases
            if not p.startswith("=") and not any(stem in p.lower() for stem in stems)
            for word in kind_words
            if not word.startswith("*")  # de "*richtlinie" is a compound's end
        ]
        phrases = phrases + _short_endings(phrases, acts.get("name_endings", {}))
        yield phrases + with_kind + _quoted(phrases, kind_words, language.code), f"CELEX:{celex}"


def _short_endings(phrases: list[str], endings: dict[str, str]) -> list[str]:
    """The names written with their act word's short form (``name_endings`` of the
    language's acts): de "Europol-Verordnung" is also "Europol-VO", "Art. 18
    Europol-VO"; the short form keeps its capitals ("=")."""
    return [
        "=" + phrase.removeprefix("=")[: -len(long)] + short
        for phrase in phrases
        for long, short in endings.items()
        if phrase.endswith(long) and len(phrase.removeprefix("=")) > len(long)
    ]


def _quoted(phrases: list[str], kind_words: list[str], lang: str) -> list[str]:
    """A name whose words beside the act's kind word stand in the language's quotes: ro
    "Directiva „Habitate”", fr "directive « Habitats »", en "the ‘Habitats’ Directive"."""
    quotes = table("context_words.toml").get(lang, {}).get("quotes", [])
    stems = sorted({w.rstrip("*").lower() for w in kind_words if not w.startswith("*")}, key=len)
    out = []
    for phrase in phrases:
        if phrase.startswith("=") or " " not in phrase:
            continue
        first, rest = phrase.split(" ", 1)
        head, last = phrase.rsplit(" ", 1)
        kind_first = any(first.rstrip("*").lower().startswith(s) for s in stems if s)
        kind_last = any(last.rstrip("*").lower().startswith(s) for s in stems if s)
        for opening, closing in quotes:
            for space in ("", " ") if opening in "«»" else ("",):
                quoted = f"{opening}{space}{{}}{space}{closing}"
                if kind_first:
                    out.append(f"{first} {quoted.format(rest)}")
                elif kind_last:
                    out.append(f"{quoted.format(head)} {last}")
    return out
