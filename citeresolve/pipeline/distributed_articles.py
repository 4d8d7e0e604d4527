"""Articles of several instruments under one article word: "Articles 11 of the Charter
and 10 of the ECHR", it "articoli 19 … del trattato sull'Unione europea e 267 del
trattato sul funzionamento dell'Unione europea", el "άρθρα 11 του Χάρτη … και 10 της
Ευρωπαϊκής Σύμβασης". The number after the "and" word has no article word of its own:
it is read as an article when an "of" word links it to an instrument of its own, as
the chain before it is linked to its instrument, and only there (a number after "and"
that names no instrument is a count, a year or a page)."""

from __future__ import annotations

import bisect
import functools

from ..families.articles import reader
from ..families.chain_grammar import Chain, parse_chain
from ..families.mentions import Mention
from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import instruments
from .chain_links import links_of

_DIGITS = lazy_pattern(r"\d{1,4}")


class DistributedArticles:
    """Finds, in one language, the numbers that share the article word of the chain
    before them and name an instrument of their own."""

    def __init__(self, code: str) -> None:
        language = load(code)
        self._reader = reader(code)
        self._links = links_of(language)
        # Number first (fi, hu, lt, lv) writes the article word after each number.
        self._active = not language.articles["number_first"] and bool(language.articles["of"])
        # After the first instrument: its definition or footnote marker in brackets,
        # then the "and" word and the next number.
        and_words = alternation(language.articles["and"])
        self._next = compile_pattern(
            r"(?:[ \t]*(?:\([^()\n]{1,80}\)|\[\d{1,3}\]))*[ \t]*,?[ \t]*"
            rf"(?:{and_words})[ \t]+(?=\d)"
        )

    def find(self, view: str, chains: list[Chain], mentions: list[Mention]) -> list[Chain]:
        if not self._active or not chains:
            return []
        by_start = _Starts(mentions)
        starts = sorted(c.start for c in chains)
        out: list[Chain] = []
        for chain in chains:
            current: Chain | None = chain
            while current is not None:
                named = self._named_by_of(view, current, by_start)
                current = self._following(view, named, by_start) if named else None
                if current is not None:
                    if _starts_at(starts, current.start):
                        break
                    out.append(current)
        return out

    def _named_by_of(self, view: str, chain: Chain, by_start: _Starts) -> Mention | None:
        """The instrument an "of" word names right after ``chain``."""
        gap = self._links.gap_after(view, chain.end)
        if gap is None or not gap["of"] or gap["heading"]:
            return None
        # the gap's words may have eaten the instrument's first words ("of the Charter")
        return by_start.first_in(gap.start("of"), gap.end() + 1)

    def _following(self, view: str, named: Mention, by_start: _Starts) -> Chain | None:
        """The bare chain after ``named`` and an "and" word, when an "of" word links it
        to an instrument of its own."""
        link = self._next.match(view, named.end)
        if link is None or "\n" in view[named.end : link.end()]:
            return None
        tokens = self._reader.tokens(view, link.end())
        if not tokens or tokens[0].kind != "NUM" or tokens[0].start != link.end():
            return None
        chain = parse_chain(tokens, number_first=False, article_word_seen=True)
        if chain is None or any(u.annex is not None or u.recital is not None for u in chain.units):
            return None
        own = self._named_by_of(view, chain, by_start)
        if own is None or not all(_within(u.article_end or u.article, own) for u in chain.units):
            return None
        return chain


@functools.cache
def _article_counts() -> dict[str, int]:
    """Instrument code -> its highest article number, where the registry counts them."""
    return {code: int(e["articles"]) for code, e in instruments().items() if "articles" in e}


def _within(number: str, named: Mention) -> bool:
    """Whether the instrument has an article ``number`` (an act's are not counted; a
    year is none of its articles: "and 2010 of Regulation …" is a date's)."""
    digits = _DIGITS.match(number)
    if digits is None:
        return False
    count = _article_counts().get(named.code)
    return int(digits.group()) <= (count if count is not None else 999)


class _Starts:
    """The mentions of a text by where they start."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]

    def first_in(self, start: int, end: int) -> Mention | None:
        """The first mention that starts in [start, end)."""
        k = bisect.bisect_left(self._starts, start)
        if k < len(self._starts) and self._starts[k] < end:
            return self._mentions[k]
        return None


def _starts_at(starts: list[int], pos: int) -> bool:
    """Whether a chain of ``starts`` (sorted) starts at ``pos``."""
    k = bisect.bisect_left(starts, pos)
    return k < len(starts) and starts[k] == pos


@functools.cache
def distributed_articles(code: str) -> DistributedArticles:
    return DistributedArticles(code)
