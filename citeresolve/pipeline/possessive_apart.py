"""A chain opened by a possessive ("its Article 74") and followed, after a comma, by
articles with their own article word and an "of" word naming another instrument: pt
"a Diretiva (UE) 2024/1640 veio alterar, através do seu artigo 74.º, os artigos 30.º e
31.º da Diretiva (UE) 2015/849", en "…, through its Article 74, Articles 30 and 31 of
Directive (EU) 2015/849". The possessive's article is the subject's, the articles after
the comma the other instrument's: the chain is read as two."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..families.chain_grammar import Chain
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from .chain_links import ChainLinks

# The comma between the two parts, and the determiner of the second ("os artigos").
_COMMA_GAP = lazy_pattern(r"[ \t]*,[ \t]*(?:\p{Ll}{1,4}[ \t]+)?")
# A longer gap of linking words (es ", en relación con el artículo 1"): taken only where
# no possessive ends it, since "y su artículo 114" is the possessive's own article again.
_WORDS_GAP = lazy_pattern(r"[ \t]*,[ \t]*(?:\p{Ll}{1,12}[ \t]+){1,4}")
# How far before the chain its possessive may start.
_REACH = 24


@functools.cache
def _possessive_before(code: str) -> regex.Pattern[str] | None:
    """The language's possessive ("its", "seu", "son") right before a chain."""
    words = load(code).articles["possessive"]
    if not words:
        return None
    return deferred_pattern(rf"(?<![^\W\d_])(?:{alternation(words)})[ \t]+\Z")


def possessive_apart(view: str, chain: Chain, links: ChainLinks) -> list[Chain]:
    """``chain``, or its two parts where a possessive opens it and an "of" word after it
    names the instrument of the articles after the comma (see the module docstring)."""
    units = chain.units
    pattern = _possessive_before(links.code)
    if pattern is None or len(units) < 2:
        return [chain]
    if not pattern.search(view, max(0, chain.start - _REACH), chain.start):
        return [chain]
    gap = links.gap_after(view, chain.end)
    if gap is None or not gap["of"]:
        return [chain]
    for k in range(1, len(units)):
        unit = units[k]
        if (
            unit.article
            and not view[unit.start : unit.start + 1].isdigit()
            and (
                _COMMA_GAP.fullmatch(view, units[k - 1].end, unit.start)
                or (
                    _WORDS_GAP.fullmatch(view, units[k - 1].end, unit.start)
                    and not pattern.search(view, units[k - 1].end, unit.start)
                )
            )
        ):
            head = Chain(units[:k], chain.start, units[k - 1].end, chain.rules)
            return [head, Chain(units[k:], unit.start, chain.end, chain.rules)]
    return [chain]


def chains_apart(
    view: str,
    chains: list[Chain],
    links: ChainLinks,
    own_apart: Callable[[str, Chain], list[Chain]],
) -> list[Chain]:
    """The parts of ``chains``: each split by ``own_apart`` first, then by
    :func:`possessive_apart`."""
    return [
        part
        for read in chains
        for own in own_apart(view, read)
        for part in possessive_apart(view, own, links)
    ]
