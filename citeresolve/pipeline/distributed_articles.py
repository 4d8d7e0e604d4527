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
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..knowledge.registry import instruments
from .chain_links import links_of

_DIGITS = lazy_pattern(r"\d{1,4}")
# How far past an act's number its date and title may run before the next comma.
_TITLE_REACH = 300


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
        # An act's date and title may stand before the comma that opens the next
        # instrument's numbers (fr "4 bis de la décision-cadre 2002/584/JAI du Conseil du
        # 13 juin 2002 relative au mandat d'arrêt européen, 47 de la Charte"): the commas
        # of the sentence up to its end, a semicolon or a line break are tried in turn.
        self._comma = deferred_pattern(rf",[ \t]*(?:(?:{and_words})[ \t]+)?(?=\d)|;|\n|\.(?=\s)")
        self._next = deferred_pattern(
            r"(?:[ \t]*(?:\([^()\n]{1,80}\)|\[\d{1,3}\]))*[ \t]*"
            rf"(?:,[ \t]*(?:(?:{and_words})[ \t]+)?|(?:{and_words})[ \t]+)(?=\d)"
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
                end = self._owner_end(view, current, by_start)
                current = self._following(view, end, by_start, starts) if end else None
                if current is not None:
                    if _starts_at(starts, current.start):
                        break
                    out.append(current)
        return out

    def _owner_end(self, view: str, chain: Chain, by_start: _Starts) -> int | None:
        """Where the instrument an "of" word names after ``chain`` ends: a known
        instrument's end, or the end of the "of" words before a name the registry does
        not know (a national code: fr "articles 695-22 et 695-24 du code de procédure
        pénale, 4 bis de la décision-cadre …"), past which only a comma may go on."""
        named = self._named_by_of(view, chain, by_start)
        if named is not None:
            return named.end
        gap = self._links.gap_after(view, chain.end)
        if gap is None or not gap["of"] or gap["heading"]:
            return None
        return gap.end()

    def _named_by_of(self, view: str, chain: Chain, by_start: _Starts) -> Mention | None:
        """The instrument an "of" word names right after ``chain``."""
        gap = self._links.gap_after(view, chain.end)
        if gap is None or not gap["of"] or gap["heading"]:
            return None
        # the gap's words may have eaten the instrument's first words ("of the Charter")
        return by_start.first_in(gap.start("of"), gap.end() + 1)

    def _following(self, view: str, end: int, by_start: _Starts, starts: list[int]) -> Chain | None:
        """The bare chain after ``named`` and an "and" word or a comma, when an "of"
        word links it to an instrument of its own; past the named act's title up to the
        first such chain, while no other chain starts between."""
        link = self._next.match(view, end)
        if link is not None and "\n" not in view[end : link.end()]:
            return self._bare_chain(view, link.end(), by_start)
        for comma in self._comma.finditer(view, end, min(len(view), end + _TITLE_REACH)):
            if not comma.group().startswith(",") or _chain_between(starts, end, comma.end()):
                return None
            chain = self._bare_chain(view, comma.end(), by_start)
            if chain is not None:
                return chain
        return None

    def _bare_chain(self, view: str, at: int, by_start: _Starts) -> Chain | None:
        """The chain of numbers at ``at`` whose own "of" word names its instrument."""
        tokens = self._reader.tokens(view, at)
        if not tokens or tokens[0].kind != "NUM" or tokens[0].start != at:
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


def _chain_between(starts: list[int], start: int, end: int) -> bool:
    """Whether a chain of ``starts`` (sorted) starts in [start, end)."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _starts_at(starts: list[int], pos: int) -> bool:
    """Whether a chain of ``starts`` (sorted) starts at ``pos``."""
    k = bisect.bisect_left(starts, pos)
    return k < len(starts) and starts[k] == pos


@functools.cache
def distributed_articles(code: str) -> DistributedArticles:
    return DistributedArticles(code)
