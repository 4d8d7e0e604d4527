"""Attach: bind article chains to their instrument and decide which mentions are
citations of a whole instrument.

An article chain finds its instrument, in this order:

1. "Rule 144" (a Rules word): the EP Rules of Procedure;
2. after it: "of the Treaty on European Union", "TFEU", "of Directive
   2011/83/EU", "of that Treaty", "thereof";
3. before it: "in particular [its] Article 11" or a dash links it to the first
   instrument of the clause; a mention right before it ("forretningsordenens
   artikel 59", "SEUT-sopimuksen 294 artiklan") is its instrument.

A chain with no instrument in reach is not a citation ("Article 14" of an NGO,
"article 405 of the Kazakh Criminal Code").  A mention consumed in step 2 or as
an adjacent genitive is only the instrument of its articles; any other
citable mention is cited as a whole (``TEU``).
"""

from __future__ import annotations

import functools

import regex

from .articles import Chain, Unit
from .citation import Candidate
from .instruments import ATTACH_ONLY, CITABLE, REFERENCE, Mention, instrument_type
from .keys import KeyParts, Pin
from .lang import Language, alternation, load
from .registry import keeps_latin_suffixes

_LATIN_TO_LETTER = {
    "bis": "a", "ter": "b", "quater": "c", "quinquies": "d", "sexies": "e", "septies": "f",
    "octies": "g", "nonies": "h", "decies": "i",
}  # fmt: skip
_FORWARD_REACH = 80
_BACKWARD_REACH = 80
# Which acts a reference word may point back to, by CELEX descriptor.
_REFERENCE_DESCRIPTORS = {"regulation": "R", "directive": "L", "decision": "D"}


class Attacher:
    def __init__(self, language: Language) -> None:
        art = language.articles
        of = alternation(art["of"])
        determiners = alternation(art["determiners"])
        self._forward_gap = regex.compile(
            rf"[ \t]*,?\s*(?:(?:{of})\s+(?:(?:{determiners})\s+)?(?:[^\W\d]+\s+){{0,3}})?"
        )
        self._thereof = regex.compile(rf"[ \t]*,?\s*(?:{alternation(art['thereof'])})")
        linkers = alternation(art["in_particular"])
        possessive = alternation(art["possessive"])
        self._backward_link = regex.compile(
            rf"(?:(?:{linkers})[\s,]*(?:(?:{possessive}|{determiners})\s+)*"
            rf"|(?:{possessive})\s+)$"
        )
        # A keyword chain of a judgment: "Regulation (EC) No 539/2001 — Article 1(4)(f)".
        self._dash_link = regex.compile(r"\s[—–-]\s*$")

    def attach(self, view: str, chains: list[Chain], mentions: list[Mention]) -> list[Candidate]:
        mentions = sorted(mentions, key=lambda m: m.start)
        resolved = _resolve_references(mentions)
        by_start = {m.start: m for m in mentions}
        consumed: set[int] = set()
        out: list[Candidate] = []
        starts = [m.start for m in mentions]
        for chain in chains:
            target = self._instrument_for(view, chain, mentions, by_start, starts, consumed)
            if target is None:
                continue
            code = resolved.get(target.start, target.code) if target.use == REFERENCE else target.code
            if code is None:
                continue
            for unit in chain.units:
                out.append(_unit_candidate(unit, code))
        for m in mentions:
            if m.use == CITABLE and m.start not in consumed:
                out.append(Candidate(_whole(m.code), m.start, m.end))
        return out

    def _instrument_for(
        self,
        view: str,
        chain: Chain,
        mentions: list[Mention],
        by_start: dict[int, Mention],
        starts: list[int],
        consumed: set[int],
    ) -> Mention | None:
        if chain.rules:
            gap = self._forward_gap.match(view, chain.end)
            following = by_start.get(gap.end()) if gap else None
            if following is not None and following.code == "EP-RULES":
                consumed.add(following.start)
            return Mention(chain.start, chain.end, "EP-RULES", ATTACH_ONLY, "rules")
        # 2. after the chain
        gap = self._forward_gap.match(view, chain.end)
        if gap is not None and gap.end() - chain.end <= _FORWARD_REACH:
            following = by_start.get(gap.end())
            if following is None:
                # the optional words of the gap may have eaten the mention's first word
                following = self._first_mention_in(gap.start(), gap.end() + 1, mentions, starts)
            if following is not None and not _crosses_line(view, chain.end, following.start):
                consumed.add(following.start)
                return following
        if self._thereof.match(view, chain.end):
            return _clause_head(view, chain.start, mentions)
        # 3. before the chain
        window_start = max(0, chain.start - _BACKWARD_REACH)
        before = view[window_start : chain.start]
        if self._backward_link.search(before):
            return _clause_head(view, chain.start, mentions)
        if self._dash_link.search(before):
            return _nearest_before(view, chain.start, mentions)
        preceding = _mention_ending_at(view, chain.start, mentions)
        if preceding is not None:
            consumed.add(preceding.start)
            return preceding
        return None

    @staticmethod
    def _first_mention_in(
        start: int, end: int, mentions: list[Mention], starts: list[int]
    ) -> Mention | None:
        import bisect

        idx = bisect.bisect_left(starts, start)
        if idx < len(mentions) and mentions[idx].start < end:
            return mentions[idx]
        return None


def _crosses_line(view: str, start: int, end: int) -> bool:
    return "\n\n" in view[start:end]


def _mention_ending_at(view: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """A mention that ends right before ``pos`` (only spaces between)."""
    gap_start = pos
    while gap_start > 0 and view[gap_start - 1] in " \t":
        gap_start -= 1
    for m in reversed(mentions):
        if m.end == gap_start:
            return m
        if m.end < gap_start:
            return None
    return None


def _clause_head(view: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The first mention of the clause that contains ``pos``."""
    clause_start = max(view.rfind("\n", 0, pos), view.rfind(";", 0, pos)) + 1
    for m in mentions:
        if m.start >= clause_start and m.end <= pos and m.use != REFERENCE:
            return m
        if m.start >= pos:
            break
    return None


def _nearest_before(view: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The last mention of the clause before ``pos``."""
    clause_start = max(view.rfind("\n", 0, pos), view.rfind(";", 0, pos)) + 1
    for m in reversed(mentions):
        if m.end <= pos:
            return m if m.start >= clause_start and m.use != REFERENCE else None
    return None


def _resolve_references(mentions: list[Mention]) -> dict[int, str | None]:
    """What each reference mention ("the Treaty", "that Regulation") points back to."""
    out: dict[int, str | None] = {}
    last_treaty: str | None = None
    last_act: dict[str, str] = {}
    for m in mentions:
        if m.use == REFERENCE:
            if m.code == "treaty":
                out[m.start] = last_treaty
            else:
                out[m.start] = last_act.get(_REFERENCE_DESCRIPTORS.get(m.code, "?"))
        elif m.type == "treaty":
            last_treaty = m.code
        elif m.type == "eu_act":
            celex = m.code.removeprefix("CELEX:")
            last_act[celex[5:6]] = m.code
    return out


def _pin(unit: Unit, code: str) -> Pin:
    def article(text: str) -> str:
        digits = text.rstrip("abcdefghijklmnopqrstuvwxyz")
        suffix = text[len(digits) :]
        if suffix in _LATIN_TO_LETTER and not keeps_latin_suffixes(code):
            suffix = _LATIN_TO_LETTER[suffix]
        return digits + suffix

    if unit.article_end is not None:
        return Pin(article(unit.article), article_end=article(unit.article_end))
    return Pin(article(unit.article), unit.paragraph, tuple(unit.points))


def _unit_candidate(unit: Unit, code: str) -> Candidate:
    pin = _pin(unit, code)
    if code.startswith("CELEX:"):
        parts = KeyParts(type="eu_act", celex=code.removeprefix("CELEX:"), pin=pin)
    else:
        parts = KeyParts(type=instrument_type(code), instrument=code, pin=pin)
    return Candidate(parts, unit.start, unit.end)


def _whole(code: str) -> KeyParts:
    if code.startswith("CELEX:"):
        return KeyParts(type="eu_act", celex=code.removeprefix("CELEX:"))
    return KeyParts(type=instrument_type(code), instrument=code)


def act_mention(candidate: Candidate) -> Mention:
    return Mention(candidate.start, candidate.end, f"CELEX:{candidate.parts.celex}", CITABLE,
                   "eu_act")


@functools.cache
def attacher(code: str) -> Attacher:
    return Attacher(load(code))
