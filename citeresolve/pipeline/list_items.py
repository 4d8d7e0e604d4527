"""Article chains in the items of a list: the instrument of a list's lead-in ("…
s temi odstopanji:" then "a) členi 4(6) in (7)"), or the one that opens the item itself
("- Règlement (UE) 2017/1129 du … (« Règlement Prospectus »),\n article 22 ;")."""

from __future__ import annotations

import regex

from ..families.chain_grammar import Chain
from ..families.mentions import REFERENCE, Mention
from ..knowledge.lazy_patterns import lazy_pattern
from .mention_index import SENTENCE_END, MentionIndex
from .national_titles import NationalTitles

# A list item's marker: "a)", "(a)", "(iv)", "3.", "2)", a dash or a bullet; the chain
# right after it, perhaps after an elided article ("a) l'article"), not after a word
# that may open a clause of its own (sk "1. V článku 1 sa dopĺňajú").
ITEM_MARKER = lazy_pattern(
    r"[ \t]*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[-–•])[ \t]+"
    r"(?:[^\W\d_]{1,2}['’])?"
)
# How many lines (items, blank lines) back a list's lead-in may stand.
_LEAD_IN_LINES = 12
# How far before its articles the act that opens an item may stand (its title between).
_ITEM_REACH = 300
# What may open an item before its act: a marker, then the act's authors or qualifiers
# ("- Commission Delegated Regulation (EU) 2017/565", "- Delegierte Verordnung").
_ITEM_OPENING = lazy_pattern(
    r"[ \t]*(?:(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[-–•])[ \t]+)?"
    r"(?:[^\W\d_][\w'’-]*[ \t]+){0,4}"
)
# How a line that goes on with an item starts.
_CONTINUATION = lazy_pattern(r"[ \t]|[^\p{Lu}\d\s]")
# What ends an item after its articles: a semicolon, a full stop or a comma, the line's end.
_ITEM_END = lazy_pattern(r"[ \t]*[;.,]?[ \t]*(?:\n|\Z)")


def lead_in_head(chain: Chain, index: MentionIndex) -> Mention | None:
    """A chain that opens an item of a list ("a) členi 4(6) in (7), 8(3) …", "(a)
    Articles 4(6) and (7) …") under a lead-in that ends with a colon and names one
    instrument ("Uredba (EU) 2019/2088 se uporablja … s temi odstopanji:"), perhaps by a
    reference word ("Als Kern der Richtlinie sind zu betrachten:"): that one."""
    view = index.view
    line_start = view.rfind("\n", 0, chain.start) + 1
    if not ITEM_MARKER.fullmatch(view, line_start, chain.start):
        return None
    end = line_start - 1  # the newline before the item
    for _ in range(_LEAD_IN_LINES):
        if end <= 0:
            return None
        start = view.rfind("\n", 0, end) + 1
        line = view[start:end]
        if line.strip() and not ITEM_MARKER.match(line.lstrip()):
            if not line.rstrip().endswith(":"):
                return None
            return sole_instrument(index, start, end, references=True)
        end = start - 1
    return None


def sole_instrument(
    index: MentionIndex, start: int, end: int, references: bool = False
) -> Mention | None:
    """The first instrument named between ``start`` and ``end``, when all name one; with
    ``references``, where none is named by its name, a reference word when it is the only
    one ("Als Kern der Richtlinie sind zu betrachten:", the directive cited before)."""
    mentions = [
        m
        for m in index.mentions[index.first_at(start) : index.first_at(end)]
        if m.end <= end and (m.type in ("eu_act", "treaty") or m.use == REFERENCE)
    ]
    named = [m for m in mentions if m.use != REFERENCE]
    if not named and references and len(mentions) == 1:
        return mentions[0]
    return named[0] if named and len({m.code for m in named}) == 1 else None


def item_head(
    chain: Chain, index: MentionIndex, comma: regex.Pattern[str], national: NationalTitles
) -> Mention | None:
    """The act that opens a list item whose articles end it after a comma, the act's
    title and other names between (a determiner may open the chain: fr "Vu le règlement
    (UE) n° 1308/2013 … agricoles, l'article 148;"): fr "- Règlement délégué (UE) 2017/565 de la
    Commission du 25 avril 2016 (« Règlement délégué MIF 2 »),\\n article 44 ;", en
    "Regulation (EU) 2017/1129 of 14 June 2017 (Prospectus Regulation), Article 22;".
    No other instrument (a national act with its number neither), no sentence end and no
    other item stands between."""
    view = index.view
    window = max(0, chain.start - _ITEM_REACH)
    if not comma.search(view[window : chain.start].rstrip()) or not _ITEM_END.match(
        view, chain.end
    ):
        return None
    named = [
        m
        for m in index.mentions[index.first_at(window) : index.first_at(chain.start)]
        if m.use != REFERENCE
    ]
    for k in range(len(named) - 1, -1, -1):  # the item's own act is the last that opens a line
        act = named[k]
        line_start = view.rfind("\n", 0, act.start) + 1
        # (an act: a Treaty's name ends at its comma, "la Charte sociale européenne"
        # is no Charter of Fundamental Rights)
        if act.type == "eu_act" and _ITEM_OPENING.fullmatch(view, line_start, act.start):
            if any(m.code != act.code for m in named[k + 1 :]):
                return None
            between = view[act.end : chain.start]
            if (
                between.count("\n") > 2
                or SENTENCE_END.search(view, act.end, chain.start)
                or national.numbered_between(view, act.end, chain.start)
            ):
                return None
            # the lines it goes on over: no blank line, no other item, and each indented
            # or going on with a small letter or a mark (es "Ley Orgánica 3/2018, …,
            # artículo 8" on the next line is an entry of its own)
            lines = between.split("\n")[1:]
            if any(not line.strip() for line in lines[:-1]) or any(
                ITEM_MARKER.match(line) or not _CONTINUATION.match(line) for line in lines
            ):
                return None
            return act
    return None
