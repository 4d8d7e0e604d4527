"""Mentions of instruments, the value the instrument finders give and attach reads:
where a name, an abbreviation or a reference word stands, what it names, and how it
may be used."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from attrs import frozen

from ..model.keys import RULES_CODE, is_treaty

# How a mention may be used.
CITABLE = "citable"  # a full name or a free-standing abbreviation: cited on its own
ATTACH_ONLY = "attach"  # completes an article reference only ("the Charter", "EC")
REFERENCE = "reference"  # points back to an earlier mention of a kind ("the Treaty")
# A popular name or short form of an act ("GDPR", "DSGVO", "the Services Directive"): it
# completes an article reference and is linked, but is not cited on its own.
NAMED = "named"
# The code of another body's Rules of Procedure: articles attached to it are no citation.
OTHER_RULES = "OTHER-RULES"


@frozen
class Mention:
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
            out[-1] = attrs.evolve(out[-1], end=m.end)
        else:
            out.append(m)
    return out
