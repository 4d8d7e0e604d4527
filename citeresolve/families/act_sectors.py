"""Acts whose number reads as one of the institutions' (CELEX sector 3) but which
EUR-Lex files in sector 4: decisions of the Representatives of the Governments of the
Member States ("Decision 95/553/EC" is 41995D0553). The citation's words cannot tell
them apart, so ``data/act_sectors.toml`` lists them."""

from __future__ import annotations

import functools

from ..knowledge.data import table
from ..model.citation import Candidate
from ..model.keys import KeyParts


@functools.cache
def _numbers() -> dict[str, str]:
    """The sector-3 CELEX number an act's number reads as -> EUR-Lex's own number."""
    return dict(table("act_sectors.toml")["acts"])


def in_own_sectors(acts: list[Candidate], bare: list[Candidate]) -> list[Candidate]:
    """``acts`` with each listed act keyed by EUR-Lex's own number; the ``bare`` CELEX
    numbers among them are kept as the text writes them."""
    numbers, kept = _numbers(), {id(b) for b in bare}
    return [
        Candidate(KeyParts(type="eu_act", celex=numbers[celex]), a.start, a.end, a.group)
        if (celex := a.parts.celex) in numbers and id(a) not in kept
        else a
        for a in acts
    ]
