"""A treaty's abbreviation beside an act's word names the act's domain, not the Treaty:
en "Article 5 of the EC Regulation", fr "l'article 5 de la directive CE", el "άρθρο 5 του
Κανονισμού του ΕΚ", de "Art. 5 der EG-Verordnung" (the Community's regulation, which the
text names before). Such a mention completes no article (before, "Article 5" took the
EC Treaty's key); an article the abbreviation follows keeps it ("Article 81 EC
Regulation No 17": Article 81 EC)."""

from __future__ import annotations

import functools

import regex

from ..families.act_numbers import ACT_KINDS
from ..families.mentions import ATTACH_ONLY, Mention
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern

# How far before the abbreviation its act word may start (the word and an "of" word).
_REACH = 48
# Read backwards from the abbreviation, as the second of _patterns: one try, not one
# from each start in reach.
_DIGIT_BEFORE = lazy_pattern(r"\d[ \t\u00a0]*\Z", regex.REVERSE)


@functools.cache
def _patterns(
    code: str,
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]] | None:
    """The act word (and the "of" words and determiners after it) right before the
    abbreviation, the same read from the abbreviation backwards, and the act word
    right after it (a space or a hyphen between).

    The first is searched from each start in its reach, trying every act word at
    each (some 20 µs an abbreviation, a fifth of a text dense in them: "Член 5 ΣΛΕΕ
    Artikel 3 EUV …"); the second starts where it must end and tries each once.
    Whether either matches is the same (no atomic group, no possessive quantifier);
    the first, which says where its act word starts, runs only where one does."""
    language = load(code)
    acts = language.section("acts")
    words = [w for kind in ACT_KINDS for w in acts.get(kind, [])]
    if not words:
        return None
    art = language.articles
    links = alternation([*art.get("of", []), *art.get("determiners", [])])
    act = alternation(words)
    pattern = rf"(?:{act})(?:[ \t]+(?:{links}))?[ \t]+\Z"
    before = deferred_pattern(pattern)
    backward = deferred_pattern(pattern, regex.REVERSE)
    after = deferred_pattern(rf"(?:[ \t]+|[-‑])(?:{act})", anchored=True)
    return before, backward, after


def without_act_domains(view: str, mentions: list[Mention], code: str) -> list[Mention]:
    """``mentions`` without the attach-only treaty abbreviations that stand beside an
    act's word."""
    patterns = _patterns(code)
    if patterns is None:
        return mentions
    before, backward, after = patterns
    dropped: list[tuple[int, int]] = []  # the act words before a dropped abbreviation
    kept = []
    for m in mentions:
        if m.use == ATTACH_ONLY and m.type == "treaty":
            lo = max(0, m.start - _REACH)
            if (
                backward.search(view, lo, m.start) is not None
                and (word := before.search(view, lo, m.start)) is not None
            ):
                dropped.append(word.span())
                continue
            digit = _DIGIT_BEFORE.search(view, lo, m.start) is not None
            if not digit and after.match(view, m.end) is not None:
                continue
        kept.append(m)
    if not dropped:
        return kept
    # ... and the act word is no Rules of Procedure either (el "Κανονισμού", it
    # "regolamento" name both): the act the text cited before is meant
    return [m for m in kept if not (m.type == "rules" and _inside(m, dropped))]


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` overlaps one of ``spans`` (it "del regolamento": the name may open
    with its "of" word)."""
    return any(m.start < end and start < m.end for start, end in spans)
