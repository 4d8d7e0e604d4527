"""What the words next to an act say it is: implementing, delegated or a proposal
(data/act_words.toml); the extractor asks when it formats a citation's key."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lazy_patterns import lazy_pattern

# How far before an act's span its act word may stand: "Commission Implementing
# Regulation (EU) 2019/947" is cited from "Regulation", and German glues the word
# on ("Durchführungsverordnung" is cited from "verordnung").
_KIND_WINDOW = 40
_PROPOSAL_WINDOW = 150


@functools.cache
def _kind_patterns(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    words_of = table("act_words.toml")
    patterns = []
    for kind in ("implementing", "delegated", "proposal"):
        words = words_of.get(kind, {}).get(lang, [])
        if words:
            alternatives = "|".join(regex.escape(w) for w in words)
            patterns.append((kind, compile_pattern(rf"(?<!\w)(?:{alternatives})", regex.I)))
    return tuple(patterns)


# A COM number followed by the procedure of a proposal ("COM(2021)0206 –
# C9-0146/2021 – 2021/0106(COD)") is a proposal whatever words stand before it.
_PROPOSAL_PROCEDURE = lazy_pattern(
    r"[^()]{0,40}?\d{4}/\d{4}[A-Z]?\s?\((?:COD|CNS|APP|NLE|SYN|AVC)\)"
)
_DIGIT_IN_GAP = lazy_pattern(r"\d")


def act_kind(text: str, start: int, end: int, lang: str, kinds: tuple[str, ...]) -> str | None:
    """ "implementing", "delegated" or "proposal" when the words just before or
    inside ``text[start:end]`` say so (only the ``kinds`` asked for), else None.

    A word counts only when no number stands between it and the citation, so
    "Implementing Regulation (EU) 2019/947 and Regulation (EU) 2016/679" makes
    only the first act an implementing one."""
    # "Proposal for a Regulation … on artificial intelligence (COM(2021) 206 final)":
    # the proposal word stands before the title, the act words next to the number.
    reach = _PROPOSAL_WINDOW if "proposal" in kinds else _KIND_WINDOW
    offset = max(0, start - reach)
    window = text[offset:end]
    found: tuple[int, str] | None = None
    for kind, pattern in _kind_patterns(lang):
        if kind not in kinds:
            continue
        for m in pattern.finditer(window):
            if _DIGIT_IN_GAP.search(window, m.end(), max(m.end(), start - offset)):
                continue
            if found is None or m.start() > found[0]:
                found = (m.start(), kind)  # the word nearest the number wins
    if found is None and "proposal" in kinds and _PROPOSAL_PROCEDURE.match(text, end):
        return "proposal"
    return found[1] if found else None


# The CELEX number of an act of sector 3, its year and its number (compiled once:
# the regex module's own cache costs several microseconds a call).
_SECTOR_3 = lazy_pattern(r"3(\d{4})[A-Z](\d{4})")

# How far after an article its act's number may stand ("Article 5(1), first
# subparagraph, of Commission Implementing Decision (EU) 2021/914").
_NUMBER_REACH = 160


def act_kind_of_number(
    text: str, after: int, celex: str, lang: str, kinds: tuple[str, ...]
) -> str | None:
    """The act word of the act ``celex`` cited by number soon after ``after``
    (an article pinned to it): the words just before that number decide."""
    match = _SECTOR_3.fullmatch(celex)
    if match is None:
        return None
    year, number = match[1], str(int(match[2]))
    # "2021/914" or, before 2015, "914/2021" and "No 914/2021": the first that no
    # digit touches (a pattern compiled per act cost more than all the rest).
    stop = min(len(text), after + _NUMBER_REACH)
    found: tuple[int, int] | None = None
    for literal in (f"{year}/{number}", f"{number}/{year}"):
        i = text.find(literal, after, stop)
        while i >= 0:
            end = i + len(literal)
            if not text[i - 1 : i].isdecimal() and (end == stop or not text[end].isdecimal()):
                if found is None or i < found[0]:
                    found = (i, end)
                break
            i = text.find(literal, i + 1, stop)
    if found is None:
        return None
    return act_kind(text, found[0], found[1], lang, kinds)


@functools.cache
def _line_opening_qualifier() -> regex.Pattern[str]:
    words_of = table("act_words.toml")
    words = {
        w for kind in ("implementing", "delegated") for ws in words_of[kind].values() for w in ws
    }
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return compile_pattern(rf"\n[ \t]*(?:{alternatives})\w*(?=\s)", regex.I)


def line_opening_qualifier_end(view: str, cut: int, end: int) -> int:
    """Where the kind's qualifier ("implementing", "delegated") that opens the line
    after the line break at ``cut`` ends, when the act word ended the line before it
    (pl "rozporządzenia\\nwykonawczego Komisji (UE) 2023/1080", it "regolamento\\ndi
    esecuzione (UE) 2023/1080"); ``cut`` when no qualifier stands there."""
    found = _line_opening_qualifier().match(view, cut, end)
    return found.end() if found is not None else cut
