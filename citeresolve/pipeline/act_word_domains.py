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
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern

# How far before the abbreviation its act word may start (the word and an "of" word).
_REACH = 48
_DIGIT_BEFORE = lazy_pattern(r"\d[ \t\u00a0]*\Z")


@functools.cache
def _patterns(code: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The act word (and the "of" words and determiners after it) right before the
    abbreviation, and the act word right after it (a space or a hyphen between)."""
    language = load(code)
    acts = language.section("acts")
    words = [w for kind in ACT_KINDS for w in acts.get(kind, [])]
    if not words:
        return None
    art = language.articles
    links = alternation([*art.get("of", []), *art.get("determiners", [])])
    act = alternation(words)
    before = compile_pattern(rf"(?:{act})(?:[ \t]+(?:{links}))?[ \t]+\Z")
    after = compile_pattern(rf"(?:[ \t]+|[-‑])(?:{act})", anchored=True)
    return before, after


def without_act_domains(view: str, mentions: list[Mention], code: str) -> list[Mention]:
    """``mentions`` without the attach-only treaty abbreviations that stand beside an
    act's word."""
    patterns = _patterns(code)
    if patterns is None:
        return mentions
    before, after = patterns
    dropped: list[tuple[int, int]] = []  # the act words before a dropped abbreviation
    kept = []
    for m in mentions:
        if m.use == ATTACH_ONLY and m.type == "treaty":
            lo = max(0, m.start - _REACH)
            if (word := before.search(view, lo, m.start)) is not None:
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
