"""What a reference word points back to: "the Treaty", "that Regulation", "dudit
règlement" name the instrument of their kind cited last before them."""

from __future__ import annotations

import bisect

from ..families.mentions import REFERENCE, Mention
from ..model.keys import PROTOCOL_PREFIX, RULES_CODE
from .mention_index import SENTENCE_END

# Which acts a reference word may point back to, by CELEX descriptor.
_REFERENCE_DESCRIPTORS = {
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    "framework_decision": "F",
}
# A reference word that names the EP Rules of Procedure unless a regulation was
# cited before it (it. "del regolamento", fr. "du règlement"): [references] field.
_REGULATION_OR_RULES = "regulation_or_rules"
# How far into an act's title "the Treaty" may stand ("Regulation (EC) No 1/2003 of 16
# December 2002 on the implementation of the rules on competition laid down in Articles
# 81 and 82 of the Treaty").
_TITLE_REACH = 250
# The first year of acts adopted under the Treaty of Lisbon.
_LISBON_YEAR = 2010


def drop_references_in_acts(mentions: list[Mention]) -> list[Mention]:
    """Drop a reference ("du règlement") that overlaps the act it introduces
    ("du règlement (CE) no 1698/2005"): the act itself is the mention."""
    acts = [m for m in mentions if m.type == "eu_act"]  # sorted by start
    act_starts = [a.start for a in acts]

    def inside_act(m: Mention) -> bool:
        idx = bisect.bisect_left(act_starts, m.end)  # acts starting before m ends
        return any(acts[k].end > m.start for k in range(max(0, idx - 3), idx))

    return [m for m in mentions if m.use != REFERENCE or not inside_act(m)]


def resolve_references(mentions: list[Mention], view: str = "") -> dict[int, str | None]:
    """What each reference mention ("the Treaty", "that Regulation") points back to."""
    out: dict[int, str | None] = {}
    last_treaty: str | None = None
    last_act: dict[str, str] = {}
    act_before: Mention | None = None
    for m in mentions:
        if m.use == REFERENCE:
            if m.code == "treaty":
                out[m.start] = last_treaty or _treaty_of_act_title(view, act_before, m)
            elif m.code == _REGULATION_OR_RULES:
                out[m.start] = last_act.get("R", RULES_CODE)
            else:
                out[m.start] = last_act.get(_REFERENCE_DESCRIPTORS.get(m.code, "?"))
        elif m.type == "treaty" and not m.code.startswith(PROTOCOL_PREFIX):
            last_treaty = m.code  # "the Treaty" never means a Protocol
        elif m.type == "eu_act":
            celex = m.code.removeprefix("CELEX:")
            last_act[celex[5:6]] = m.code
            act_before = m
    return out


def _treaty_of_act_title(view: str, act: Mention | None, reference: Mention) -> str | None:
    """ "the Treaty" in the title of an act adopted before the Treaty of Lisbon, with no
    Treaty named before it, is the EC Treaty (the EEC Treaty before 1993, same code)."""
    if act is None or not act.code.startswith("CELEX:3"):
        return None
    if reference.start - act.end > _TITLE_REACH or int(act.code[7:11]) >= _LISBON_YEAR:
        return None
    if (
        SENTENCE_END.search(view, act.end, reference.start)
        or "\n" in view[act.end : reference.start]
    ):
        return None
    return "TEC"
