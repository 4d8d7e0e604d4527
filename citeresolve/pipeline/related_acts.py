"""EUR-Lex's table of the acts a document acts upon, copied as text: "Modifies |
32003R1882 | revogação | anexo II ponto 29 | 13/01/2023 |". Its columns are the
relation, the act, a comment and the subdivision concerned: a chain that fills the
fourth cell of a row whose relation acts on the row's act (``data/identifiers.toml``,
``[related_acts] acting``) is a provision of that act."""

from __future__ import annotations

import functools

from ..families.chain_grammar import Chain
from ..families.mentions import Mention
from ..knowledge.data import table
from .mention_index import MentionIndex

# relation | act | comment | the chain's cell
_CELLS_BEFORE = 3


@functools.cache
def _acting() -> frozenset[str]:
    return frozenset(table("identifiers.toml")["related_acts"]["acting"])


def row_act(chain: Chain, index: MentionIndex) -> Mention | None:
    """The act of the table row whose subdivision cell the chain opens, if any."""
    view = index.view
    line_start = view.rfind("\n", 0, chain.start) + 1
    last = view.rfind("|", line_start, chain.start)
    if last < 0 or view[last + 1 : chain.start].strip():
        return None  # most chains: no cell of their own (cheap before the scan below)
    borders = [k for k in range(line_start, last + 1) if view[k] == "|"]
    if borders and not view[line_start : borders[0]].strip():
        line_start = borders.pop(0) + 1  # the row opens with its border
    if len(borders) != _CELLS_BEFORE or view[borders[-1] + 1 : chain.start].strip():
        return None
    if view[line_start : borders[0]].strip() not in _acting():
        return None
    act = index.first_in(borders[0] + 1, borders[1])
    if act is None or act.type != "eu_act" or act.end > borders[1]:
        return None
    return act
