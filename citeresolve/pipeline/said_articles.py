"""An article chain after "the said" (pl "we wspomnianym art. 82", da "nævnte artikel
17", en "the said Article 82", fr "ledit article 82") with no instrument of its own: an
anaphor of the article cited before it in the text, whose instrument it takes (the
contract's "in reach": an anaphor points to the instrument). A bare "Article 82" in a
later sentence borrows nothing; the word "said" is what ties it.

The words are the language file's ``said`` ([articles]), and ``said_after`` for the
languages that put them after the chain (ro "articolul 6 menționat anterior", bg "член 6
по-горе"); every unit of the chain must have been cited before, all of them last in the
same instrument. The anaphor wins over an instrument named further on, after another
unit: pt "do referido artigo 6.º e do Título VII da Carta" is Article 6 of the Treaty
cited before, not of the Charter."""

from __future__ import annotations

import regex

from ..families.chain_grammar import Chain, Unit
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Language, alternation
from ..model.citation import Candidate
from .chain_links import ChainLinks

# How far before the chain the word "said" may begin.
_REACH = 32
# How far after the chain a name of its own may begin.
_NAME_REACH = 16


class SaidArticles:
    """The "said" words of one language, and the instrument they point a chain to."""

    def __init__(self, language: Language, links: ChainLinks) -> None:
        self._links = links
        words = language.articles.get("said", [])
        self._pattern: regex.Pattern[str] | None = (
            compile_pattern(rf"(?<![^\W\d_])(?:{alternation(words)})[ \t]+\Z", regex.IGNORECASE)
            if words
            else None
        )
        after = language.articles.get("said_after", [])
        self._after: regex.Pattern[str] | None = (
            compile_pattern(rf"[ \t]+(?:{alternation(after)})(?![^\W\d_])", regex.IGNORECASE)
            if after
            else None
        )

    def instrument(self, view: str, chain: Chain, cited: list[Candidate]) -> str | None:
        """The code of the instrument in which every unit of ``chain`` was cited last
        before it (``cited``: the citations found so far), when "said" stands right
        before the chain; None otherwise."""
        if chain.rules:
            return None
        end = self._said_end(view, chain)
        if end is None or self._own_name_after(view, end):
            return None
        codes = {_last_code(unit, chain.start, cited) for unit in chain.units}
        return codes.pop() if len(codes) == 1 else None

    def _said_end(self, view: str, chain: Chain) -> int | None:
        """Where the "said" words of ``chain`` end: its last unit's end when they stand
        before it (a title after it is no unit: "do referido artigo 6.º e do Título VII
        da Carta"), their own end after it; None when there are none."""
        before, after = self._pattern, self._after
        if before is not None and before.search(view, max(0, chain.start - _REACH), chain.start):
            return chain.units[-1].end
        said = after.match(view, chain.end) if after is not None else None
        return said.end() if said is not None else None

    def _own_name_after(self, view: str, end: int) -> bool:
        """Whether a name of its own may follow the chain: an "of" word ("the said
        Article 5 of the Act", fr "ledit article 5 du code civil"), a capital (de "der
        genannte Art. 5 BDSG"), an act word (pl "wspomniany art. 5 ustawy") or a
        national act's title."""
        links = self._links
        if links.act_word_after.match(view, end) or links.national_titles.after(view, end):
            return True
        gap = links.gap_after(view, end)
        rest = view[end : end + _NAME_REACH].lstrip(" \t\u00a0")
        return (gap is not None and bool(gap["of"])) or rest[:1].isupper()


def _last_code(unit: Unit, before: int, cited: list[Candidate]) -> str | None:
    """The code of the last citation before ``before`` of the article ``unit`` names
    (its annex and recital the same), None when none cites it."""
    best: Candidate | None = None
    for candidate in cited:
        pin = candidate.parts.pin
        if candidate.end > before or pin is None or not pin.article:
            continue
        if (pin.article, pin.annex, pin.recital) != (unit.article, unit.annex, unit.recital):
            continue
        if best is None or candidate.start > best.start:
            best = candidate
    if best is None:
        return None
    parts = best.parts
    return f"CELEX:{parts.celex}" if parts.celex else parts.instrument
