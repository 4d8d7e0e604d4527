"""An old case number alone in brackets after the parties' names, as encyclopaedias and
textbooks name a judgment: cs "Rewe-Zentral AG vs. Bundesmonopolverwaltung für Branntwein
(120/78)", en "Costa v ENEL (6/64)". Only a number of the Court of Justice before 1989
(no court letter, citation-keys.md), only after two names joined by a versus word (the
optional ``versus`` of each language file's [cases]), on one line: alone, "(85/374)"
after a name is as likely an act's. So is one right after a case word, or a case word and
the case's name ("the CILFIT case (283/81)", de "Rechtssache CILFIT (283/81)", fr
"l'affaire (283/81)"), perhaps after a number mark (ro "cazul Ruzius-Wilbrink
(Nr.102/88)"; the optional ``bracket_words`` of [cases]: words that name a judgment only
so). The parties' names may be joined as the literature writes them: a slash (de, nl
"Costa/ENEL (6/64)"), or, after a case word, an ampersand, a dash or a conjunction (es "el
asunto COSTA y E.N.E.L (6/64)", "asunto VAN GEND & LOOS (26/62)"). Used by :mod:`.cases`."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import all_languages, alternation
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from .case_numbers import LISTED, old_year

# A bracket holding one case number without a court letter, after a word and a space,
# perhaps after a short number mark (ro "(Nr.102/88)", en "(No 283/81)").
_BRACKET = lazy_pattern(r"(?<=\w\s?)\((?:[\p{L}°º]{1,3}\.?\s?)?(?P<number>\d{1,4}/[5-8]\d)\)")
_NAMES_REACH = 160  # the two parties' names and the versus word between them
_NAMED_REACH = 100  # a case word and a case's name (parties joined by "y", "&", "-")


@functools.cache
def _parties() -> regex.Pattern[str] | None:
    """Two names joined by a versus word, or by a slash written between them ("Costa/ENEL"),
    up to the end of what is searched: each name opens with a capital, and no digit, bracket
    or line break stands in them."""
    words = [w for lang in all_languages() for w in lang.section("cases").get("versus", [])]
    if not words:
        return None
    joiner = rf"(?:\s(?:{alternation(words)})\s|(?<=\p{{L}})/(?=\p{{Lu}}))"
    return compile_pattern(rf"\p{{Lu}}[^\d\n()]{{0,70}}?{joiner}\p{{Lu}}[^\d\n()]{{0,80}}\Z")


@functools.cache
def _case_named() -> regex.Pattern[str] | None:
    """A case word, perhaps with the case's name after it, up to the end of what is
    searched. The name opens with a capital and holds no digit, bracket or line break: the
    parties may be joined by "&", a dash or a lower-case conjunction, which a run of
    capitalised words alone would not read."""
    sections = [lang.section("cases") for lang in all_languages()]
    words = [w for s in sections for w in (*s["words"], *s.get("bracket_words", []))]
    if not words:
        return None
    return compile_pattern(rf"(?:{alternation(words)})(?:\s\p{{Lu}}[^\d\n()]{{0,90}}?)?\s?\Z")


def _named_before(view: str, lo: int, hi: int) -> bool:
    parties, named = _parties(), _case_named()
    if parties is not None and parties.search(view, lo, hi) is not None:
        return True
    return named is not None and named.search(view, max(lo, hi - _NAMED_REACH), hi) is not None


def after_parties(view: str, seen: set[int]) -> list[regex.Match[str]]:
    """The case numbers of brackets right after two parties' names (``seen``: the starts
    of numbers read already, which this extends)."""
    if "(" not in view:
        return []
    found = []
    for bracket in _BRACKET.finditer(view, timeout=scan_timeout(view)):
        start = bracket.start("number")
        if start in seen:
            continue
        lo = max(0, bracket.start() - _NAMES_REACH)
        if not _named_before(view, lo, bracket.start()):
            continue
        item = LISTED.match(view, start, bracket.end("number"))
        if item is not None and old_year(item["year"]):
            seen.add(start)
            found.append(item)
    return found
