"""Units with no article of their own, cited in the article cited just before them:
"paragraph 7 thereof" after "Article 168 TFEU", "points (b) and (c) of that paragraph",
"points (a) and (c) of that Article" (used by :mod:`.attach`)."""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex

from ..families.chain_grammar import Chain, Unit
from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import lazy_pattern
from ..model.citation import Candidate
from .chain_links import ChainLinks
from .mention_index import SENTENCE_END
from .unit_keys import unit_candidate

__all__ = ["Previous", "of_previous"]

# A judgment's keyword line between an article and a paragraph of it: up to two segments
# of words between spaced dashes ("Article 17 – Exemption from liability – Paragraph 4(b)").
_HEADNOTE_GAP = lazy_pattern(r"[ \t]+[—–-][ \t]+(?:[^\d\n—–]{1,120}?[ \t]+[—–-][ \t]+){0,2}")
# How far after the article an anaphor's paragraph may stand ("paragraph 1 of that Article").
_ARTICLE_ANAPHOR_REACH = 400


class Previous(NamedTuple):
    """The last unit attached, its instrument, and where its citation ends."""

    unit: Unit
    code: str
    end: int


def of_previous(
    links: ChainLinks, view: str, chain: Chain, previous: Previous | None
) -> list[Candidate]:
    """Units with no article of their own: paragraphs of the article cited just before
    (:func:`_paragraphs_of_previous`), or points of its paragraph where an anaphor names
    it after them ("… akapitu pierwszego lit. b) i c) tego ustępu"), or points of the
    article itself where an anaphor names the article (cs "výkladu bodů a) a c) uvedeného
    článku" after "článku 4 směrnice 2006/114/ES": 4(a), 4(c))."""
    if chain.units[0].paragraph is not None:
        return _paragraphs_of_previous(links, view, chain, previous)
    if previous is None or chain.start < previous.end:
        return []
    base = previous.unit
    paragraph = links.paragraph_anaphor
    if base.paragraph is None or paragraph is None or paragraph.match(view, chain.end) is None:
        return _points_of_article(links, view, chain, previous)
    # also from the sentence before, as "of that Article" (pt "… do n.º 1 do artigo 6.º do
    # RGPD. A alínea e) do mesmo número …")
    if (
        SENTENCE_END.search(view, previous.end, chain.start) is not None
        and chain.start - previous.end > _ARTICLE_ANAPHOR_REACH
    ):
        return []
    return [
        unit_candidate(Unit(base.article, u.start, u.end, base.paragraph, u.points), previous.code)
        for u in chain.units
    ]


def _points_of_article(
    links: ChainLinks, view: str, chain: Chain, previous: Previous
) -> list[Candidate]:
    """Points an article anaphor right after them names the article of (cs "bodů a) a c)
    uvedeného článku"): the points of the article cited just before, within reach."""
    anaphor = links.article_anaphor
    base = previous.unit
    if (
        anaphor is None
        or base.annex is not None
        or not base.article
        or chain.start - previous.end > _ARTICLE_ANAPHOR_REACH
        or any(not u.points for u in chain.units)
        or anaphor.match(view, chain.end) is None
    ):
        return []
    return [
        unit_candidate(Unit(base.article, u.start, u.end, None, u.points), previous.code)
        for u in chain.units
    ]


def _paragraphs_of_previous(
    links: ChainLinks, view: str, chain: Chain, previous: Previous | None
) -> list[Candidate]:
    """ "Article 168 TFEU, in particular paragraph 7 thereof": paragraphs of the article
    cited just before, linked to it by an "in particular" word, or in a keyword line by
    its dashes ("Artikolu 17 – Eżenzjoni mir-responsabbiltà – Paragrafu 4(b) u (c)")."""
    if previous is None or chain.start < previous.end:
        return []
    base = previous.unit
    if not links.in_particular_gap.fullmatch(view, previous.end, chain.start) and (
        base.paragraph is not None or not _HEADNOTE_GAP.fullmatch(view, previous.end, chain.start)
    ):
        # "Article 5 … In particular, paragraph 1 of that Article": an anaphor names the
        # article cited just before (also from the sentence before)
        anaphor = links.article_anaphor
        if anaphor is None or chain.start - previous.end > _ARTICLE_ANAPHOR_REACH:
            return []
        if anaphor.match(view, chain.end) is None and not _anaphor_before(links, view, chain):
            return []
    out = []
    for unit in chain.units:
        pinned = Unit(base.article, unit.start, unit.end, unit.paragraph, list(unit.points))
        pinned.annex = base.annex
        out.append(unit_candidate(pinned, previous.code))
    return out


def _anaphor_before(links: ChainLinks, view: str, chain: Chain) -> bool:
    """Whether "of that Article" stands right before the paragraphs, as languages that put
    the owner first write it (fi "saman artiklan 3 kohdan", lt "to paties straipsnio 3
    dalis", lv "šā paša panta 3. punkts")."""
    pattern = _article_anaphor_before(links.code)
    window = max(0, chain.start - 60)
    return pattern is not None and pattern.search(view, window, chain.start) is not None


@functools.cache
def _article_anaphor_before(code: str) -> regex.Pattern[str] | None:
    anaphors = table("context_words.toml").get(code, {}).get("article_anaphors")
    if not anaphors:
        return None
    return compile_pattern(rf"(?<!\w)(?:{alternation(anaphors)})[ \t]+$", regex.IGNORECASE)
