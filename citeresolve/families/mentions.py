"""Mentions of instruments, the value the instrument finders give and attach reads:
where a name, an abbreviation or a reference word stands, what it names, and how it
may be used."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import load
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.keys import RULES_CODE, is_treaty

# How a mention may be used.
CITABLE = "citable"  # a full name or a free-standing abbreviation: cited on its own
ATTACH_ONLY = "attach"  # completes an article reference only ("the Charter", "EC")
REFERENCE = "reference"  # points back to an earlier mention of a kind ("the Treaty")
# A popular name or short form of an act ("GDPR", "DSGVO", "the Services Directive"): it
# completes an article reference and is linked, but is not cited on its own.
NAMED = "named"
# The code of another body's Rules of Procedure, or of another instrument no key covers
# (the ECSC Treaty): articles attached to it are no citation.
OTHER_RULES = "OTHER-RULES"


class Mention(NamedTuple):
    """Where an instrument is named (``start``-``end`` in the view), what it names and
    how it may be used (one of the uses above)."""

    start: int
    end: int
    code: str  # TEU, EP-RULES, UDHR; "CELEX:..." for acts; the kind for references
    use: str
    type: str  # citation type of what it names: treaty, rules, instrument, eu_act
    group: int | None = None  # acts cited as one list share a group


def instrument_type(code: str) -> str:
    if code == OTHER_RULES:
        return "other_rules"
    if is_treaty(code):
        return "treaty"
    if code == RULES_CODE:
        return "rules"
    return "instrument"


def merge_repeats(
    mentions: list[Mention], repeats: Callable[[Mention, Mention], bool]
) -> list[Mention]:
    """``mentions`` with each one that names the instrument of the one before it again
    (``repeats(before, mention)``, same code) folded into that one: "Protocol No 3 on
    the Statute of the Court of Justice", "Treaty …, TFEU)"."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].code == m.code and repeats(out[-1], m):
            out[-1] = out[-1]._replace(end=m.end)
        else:
            out.append(m)
    return out


def names_joined_to_acts(
    view: str, mentions: list[Mention], acts: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` without a popular name written right before an act's number or
    overlapping it (it "sesta direttiva 77/388/CEE", es "Sexta Directiva 77/388/CEE",
    en "Sixth Directive 77/388/EEC"), and ``acts`` with each such act's mention
    starting at the name: the name and the number are one reference, so one citation,
    and an article before the name reaches the act over "of" alone. The number names
    the act, whatever the name says; so does a number before a name that fills the
    bracket after it (ro "Regulamentul (CE) nr. 800/2008 (Regulament general de
    exceptare pe categorii de ajutoare)": the name of 651/2014 glosses 800/2008, its
    predecessor, and is dropped). Both lists are in text order."""
    joined: dict[int, int] = {}  # act index -> start of the name joined to it
    kept = []
    i = 0
    for m in mentions:
        while i < len(acts) and acts[i].start < m.start:
            i += 1
        if m.use == NAMED and i < len(acts) and _touches(view, m, acts[i]):
            joined[i] = min(joined.get(i, m.start), m.start)
            continue
        if m.use == NAMED and i and _glosses(view, m, acts[:i]):
            continue
        kept.append(m)
    return kept, [a._replace(start=joined[n]) if n in joined else a for n, a in enumerate(acts)]


def _glosses(view: str, name: Mention, before: list[Mention]) -> bool:
    """Whether the name of another act of its kind opens the bracket right after
    ``act`` and (but for a word or two it leaves) fills it: da "… om ophævelse af direktiv
    95/46/EF (generel forordning om databeskyttelse)" names the regulation whose title
    that is, and so does lv "… Direktīvu (ES) 2022/2555, ar ko … atceļ Direktīvu (ES)
    2016/1148 (TID 2 direktīva)", its act named before it on its line."""
    act = before[-1]
    if not (
        name.code != act.code
        and name.code[:6] == "CELEX:"
        and name.code[11:12] == act.code[11:12]  # of one kind: never the title's repealed act
        and _BRACKET_OPENS.fullmatch(view, act.end, name.start) is not None
        and _BRACKET_CLOSES.match(view, name.end) is not None
    ):
        return False
    line_start = view.rfind("\n", 0, name.start)
    for earlier in reversed(before):
        if earlier.end <= line_start:
            break
        if earlier.code == name.code:
            return False
    return True


_BRACKET_OPENS = lazy_pattern(r"[ \t]*\([ \t]*")
# the name may leave a word or two of the bracket (ro "… pe categorii de ajutoare)")
_BRACKET_CLOSES = lazy_pattern(r"[^\W\d]*(?:[ \t]+[^\W\d]+){0,3}[ \t]*\)")


def _touches(view: str, name: Mention, act: Mention) -> bool:
    """Whether the name ends inside the act's mention or right before it: white space
    between them only, and no blank line (a heading "Machinery Directive" above a
    paragraph that opens with "Directive 2006/42/EC" is a reference of its own)."""
    if name.end > act.start:
        return True
    gap = view[name.end : act.start]
    return not gap.strip() and gap.count("\n") < 2


# How far before an act's word its qualifier may start (one word and its space).
_QUALIFIER_REACH = 40


@functools.cache
def _qualifier_before(lang: str) -> regex.Pattern[str] | None:
    """The qualifier word of an act ("vykonávacieho", "Delegirane": data/act_words.toml,
    implementing and delegated) ending right before an act's word, in a language that
    links an article to its act by the genitive alone (no "of" word); None elsewhere."""
    if load(lang).articles["of"]:
        return None
    words_of = table("act_words.toml")
    starts = [w for kind in ("implementing", "delegated") for w in words_of[kind].get(lang, [])]
    if not starts:
        return None
    alternatives = "|".join(regex.escape(w) for w in starts)
    return compile_pattern(rf"(?<!\w)(?:{alternatives})\w*[ \t]+\Z", regex.I)


def qualifiers_joined_to_acts(view: str, acts: list[Mention], lang: str) -> list[Mention]:
    """``acts`` with each mention that has its qualifier right before its act word
    starting at the qualifier: sk "článku 10 delegovaného nariadenia Komisie (EÚ)
    2016/522", sl "člen 10 Delegirane uredbe", hr, cs "prováděcího nařízení". In these
    languages nothing may stand between an article and its act, and the qualifier is
    part of the act's name."""
    pattern = _qualifier_before(lang)
    if pattern is None:
        return acts
    out = []
    for act in acts:
        m = pattern.search(view, max(0, act.start - _QUALIFIER_REACH), act.start)
        out.append(act._replace(start=m.start()) if m is not None else act)
    return out
