"""The CELEX number an EUR-Lex page prints above its title ("Document 32015O0012")
names the act of that title. Most acts' CELEX numbers follow the number written in
the title; the European Central Bank's guidelines follow the ECB's own numbering
instead (before 2015 the title gives it: :mod:`.act_ecb_numbers`): "Document
32015O0012 / Euroopan keskuspankin suuntaviivat (EU) 2015/856" (ECB/2015/12) and
"Document 32016O0038 / Az Európai Központi Bank (EU) 2016/1994 iránymutatása"
(ECB/2016/38). Where the act of the title line is of the page
number's year and kind but another serial, every citation of that act takes the
page's number: `CELEX:32016O1994` would name no act. Only for guidelines (descriptor
O): an act of another kind whose number differs from the page's is another act
("Document 32010D0215 / Commission Decision … amending Decision 2010/13/EU")."""

from __future__ import annotations

import attrs

from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from .act_ecb_numbers import in_ecb_numbering

# How far into the text the page's own number may stand ("Document " before it).
_HEAD = 40
# A guideline's CELEX number: sector 3, year, descriptor O and serial, nothing after.
_ACT_CELEX = lazy_pattern(r"3\d{4}O\d{4}\Z")
# The title: the first line with text after the page's number.
_TITLE_LINE = lazy_pattern(r"\s*(?P<line>[^\n]*)")


def page_numbers(view: str, acts: list[Candidate], bare: list[Candidate]) -> list[Candidate]:
    """``acts`` (read from their act numbers) with the act of the title taking the
    page's own CELEX number (the first of ``bare``, bare CELEX numbers in text order),
    and each act whose title gives the ECB's number before the OJ number keyed by it."""
    acts = in_ecb_numbering(view, acts, bare)
    if not bare or bare[0].start > _HEAD or not acts:
        return acts
    own = bare[0].parts.celex or ""
    title = _TITLE_LINE.match(view, bare[0].end)
    if not _ACT_CELEX.match(own) or title is None:
        return acts
    lo, hi = title.span("line")
    first = next((a for a in acts if a.start >= lo), None)
    written = first.parts.celex or "" if first is not None and first.start < hi else ""
    if written == own or written[:6] != own[:6] or not _ACT_CELEX.match(written):
        return acts
    return [
        attrs.evolve(a, parts=attrs.evolve(a.parts, celex=own)) if a.parts.celex == written else a
        for a in acts
    ]
