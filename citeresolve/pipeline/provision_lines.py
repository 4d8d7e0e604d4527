"""Provision lines: an instrument's name, a comma and an article chain standing as a
whole reference, a line of a list of provisions (pt "Tratado sobre o Funcionamento da
União Europeia, artigo 45.º") or a quoted reference (ga 'Tagairt "Leagan comhdhlúite den
Chonradh ar Fheidhmiú an Aontais Eorpaigh, Airteagal 78,"'): the name only completes the
articles, as "of" does, and is not cited itself."""

from __future__ import annotations

from ..knowledge.lazy_patterns import lazy_pattern
from .list_items import ITEM_MARKER


def provision_line(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` (an instrument, a comma, its chain) is a whole line of
    a list of provisions (pt "Tratado sobre o Funcionamento da União Europeia, artigo
    45.º"): the name only completes the articles, as "of" does. In a keyword line the
    act heads a series of segments and is cited itself."""
    line_start = view.rfind("\n", 0, start) + 1
    line_end = view.find("\n", end)
    line_end = len(view) if line_end < 0 else line_end
    if (
        ITEM_MARKER.fullmatch(view, line_start, start) is not None
        or not view[line_start:start].strip()
    ) and not view[end:line_end].strip(" \t."):
        return True
    # ... or a whole quoted reference: ga 'Tagairt "Leagan comhdhlúite den Chonradh ar
    # Fheidhmiú an Aontais Eorpaigh, Airteagal 78,"' (a consolidated version's words
    # may stand before the name)
    return (
        _QUOTED_LEAD.search(view, max(line_start, start - _QUOTED_LEAD_REACH), start) is not None
        and _QUOTED_TAIL.match(view, end) is not None
    )


# The opening quote of a quoted reference and the words before the name inside it;
# the end of the reference after its chain.
_QUOTED_LEAD = lazy_pattern(r"[\"“„«][^\W\d_]+(?:[ \t][^\W\d_]+)*[ \t]$|[\"“„«]$")
_QUOTED_LEAD_REACH = 40
_QUOTED_TAIL = lazy_pattern(r"[,.]?[\"”“»]")


def number_label(view: str, start: int, chain_start: int) -> bool:
    """Whether an act written as its bare number (no act word: "1907/2006/EC") and a
    capitalised article word after its comma make one label, as data sheets head their
    pages (et "OHUTUSKAART vastavalt 1907/2006/EÜ, Artikkel 31", pt "Em conformidade com
    1907/2006/CE, Artigo 31.º"): the number only completes the article."""
    return view[start : start + 1].isdecimal() and view[chain_start : chain_start + 1].isupper()
