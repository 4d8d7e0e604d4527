"""Articles cited with no article word, right next to a treaty's abbreviation.

Keyword lines and lists write the number and the abbreviation alone ("Keywords:
abuse of dominance ; 102 TFEU ;", el "; 102 ΣΛΕΕ ;", de "a) 36 1 AEUV"); the
languages that name the instrument before its article (fi, hu, lt, lv) drop the
article word after the abbreviation ("SEUT 107 (3) mukaiset poikkeukset", hu
"EUMSZ 20. és EUMSZ 21. cikk": each is its own article).

Such a run of numbers is read as a chain by the language's own lexer and parser,
as if an article word stood before it, and handed to :mod:`.attach` with the
other chains; the abbreviation next to it is then its instrument.  Only the
instruments marked ``bare_articles`` in ``data/instruments.toml`` (the Treaties
and the Charter, whose abbreviations mean nothing else) are read this way, only
their abbreviations (never a name or a word such as "Charter"), and only numbers
the instrument has as articles, so that a year, an OJ number or a page before or
after an abbreviation is never an article.
"""

from __future__ import annotations

import bisect
import functools
import string
from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..families.articles import reader
from ..families.chain_grammar import Chain, Unit, parse_chain
from ..families.mentions import NAMED, Mention
from ..knowledge.lang import alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..knowledge.registry import instruments

# What may stand right before the first number of a bare list: the start of a line
# or of a list item (";", ":", ",", "(", a bullet, a dash between spaces, "a)").
_ITEM_START = lazy_pattern(r"(?:\A|[\n;:,(\[•·▪–—]|(?<=\s)-|(?<![^\W\d_])\p{Ll}\))[ \t\u00a0]*\Z")
_DIGIT_START = lazy_pattern(r"(?<![\w.,/])\d")
# The characters _ITEM_START ends with before its spaces (a bracket for "a)", a
# hyphen for " - "): a digit after anything else starts no item.
_ITEM_MARKS = frozenset("\n;:,([•·▪–—-)")


def _starts_item(view: str, pos: int) -> bool:
    """Whether _ITEM_START matches right before ``pos`` (in the 8 characters before it),
    without a regex call where the character before the spaces rules it out."""
    lo = max(0, pos - 8)
    j = pos
    while j > lo and view[j - 1] in _SPACES:
        j -= 1
    if j > lo and view[j - 1] not in _ITEM_MARKS:
        return False  # every match ends with one of _ITEM_MARKS (or \A) and spaces
    return _ITEM_START.search(view, lo, pos) is not None


# How far before an abbreviation the first number of its bare list may start.
_BEFORE_REACH = 60
# How many item starts before an abbreviation are tried (bounded work on dense text).
_TRIES = 3
_SPACES = " \t\u00a0"
_LEADING_DIGITS = lazy_pattern(r"\d{1,4}")
# An inserted article's number: "45f", "10a" (never a year, a page or an OJ number).
_LETTERED = lazy_pattern(r"\d{1,4}[a-z]")


@functools.cache
def _article_counts(field: str = "bare_articles") -> dict[str, int]:
    """Instrument code -> highest article number, for the instruments whose
    abbreviation alone next to a number cites an article (with ``field``
    "bare_articles_after": only right before it, in the languages that write the
    abbreviation first)."""
    return {
        code: int(entry["articles"])
        for code, entry in instruments().items()
        if entry.get(field) and "articles" in entry
    }


def _is_abbreviation(surface: str) -> bool:
    """ "TFEU", "ΣΛΕΕ", "GRCh", "EUMSZ": one token with two capitals or more; a name
    ("Treaty on …") or a word ("Charter", "Χάρτη") is never read this way."""
    return (
        bool(surface)
        and not any(ch.isspace() for ch in surface)
        and sum(ch.isupper() for ch in surface) >= 2
    )


def _letter_starts(point_letters: Mapping[str, str], articles: Mapping[str, Any]) -> frozenset[str]:
    """The characters of which one stands within three characters after a number's
    digits where the lexer reads a letter with it (article_number_pattern), unless a
    paragraph joined by a dot or a hyphen comes first ("5.1.º-A"): an ASCII letter, the
    language's own point letters, the start of a mark ("1er", "59.º-A") or of an
    article's part word ("13, част А"); after any other characters the number is digits
    alone, and no inserted article's."""
    own = {k[:1] for k in point_letters}
    parts = {w[:1] for w in articles.get("article_parts", [])}
    marks = {m[:1] for m in articles["article_marks"]}
    letters = {ch for ch in [*own, *parts, *marks] if ch}
    cased = {variant for ch in letters for variant in (ch.upper(), ch.lower(), ch.casefold())}
    # ... and the letters that case-insensitive matching folds onto one of these
    return frozenset(
        set(string.ascii_letters) | letters | {ch for ch in cased if len(ch) == 1} | _FOLDED
    )


# Letters whose case folds onto an ASCII, Greek or Cyrillic letter (Kelvin sign, long s).
_FOLDED = frozenset(
    "\u212a\u212b\u017f\u0131\u0130\u1e9e"  # Kelvin, Ångström, long s, dotless and dotted i, ẞ
    "\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"  # Greek final sigma, symbol forms
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88"  # old Cyrillic forms
)


class BareArticles:
    """Finds the bare article lists of one language next to treaty abbreviations."""

    def __init__(self, code: str) -> None:
        self._reader = reader(code)
        language = load(code)
        # An "of" word may link the list to the abbreviation: da "259 OG 260 I TEUF".
        of = alternation(language.articles["of"])
        self._link = deferred_pattern(rf"[ \t\u00a0]*(?:(?:{of})[ \t\u00a0]+)?")
        # A chain that ends so before the abbreviation already reads its articles.
        self._closed = deferred_pattern(rf"[ \t\u00a0,]*(?:(?:{of})[ \t\u00a0]+)?")
        # The genitive comes first (fi "SEUT 107 artiklan"): the abbreviation may also
        # stand before its bare article.
        self._abbreviation_first = bool(language.articles["number_first"])
        # The next item of a list that repeats the abbreviation: hu "43. és EK 48.", "10.,
        # EK 43.", "10. és az EK 234." (perhaps after a short determiner).
        and_words = alternation(language.articles["and"])
        self._next_item = (
            rf"[ \t]*(?:,[ \t]*|[ \t]+(?:{and_words})[ \t]+)(?:\p{{Ll}}{{1,3}}[ \t]+)?"
        )
        # A number that can carry no inserted article's letter: no lexer match needed.
        starts = _letter_starts(self._reader.point_letters, language.articles)
        letters = regex.escape("".join(sorted(starts)))
        self._letterless = deferred_pattern(
            rf"\d{{1,4}}(?!\d)(?![.\-‑]\d)(?!(?s:.){{0,2}}[{letters}])"
        )

    def find(self, view: str, chains: list[Chain], mentions: list[Mention]) -> list[Chain]:
        """The bare chains of ``view`` that no chain of ``chains`` covers or touches."""
        counts = _article_counts()
        # hu "EK 43. és EK 48. cikk", fi "EY 43 ja EY 48 artikla": the EC Treaty's
        # abbreviation before each number, the article word after the last; its
        # abbreviations are domains of act numbers too, so no number before it is read.
        after_counts = _article_counts("bare_articles_after") if self._abbreviation_first else {}
        spans = sorted((c.start, c.end) for c in chains)
        starts = [s for s, _ in spans]
        out: list[Chain] = []
        # Abbreviations close together share their windows: each number is looked at once.
        # (The languages that put the abbreviation first read no lettered list before it.)
        numbers = _Numbers(view, None if self._abbreviation_first else self._may_be_lettered)
        abbreviations: dict[str, bool] = {}
        for m in mentions:
            count = counts.get(m.code)
            after_only = count is None and m.code in after_counts
            if after_only:
                count = after_counts[m.code]
            if (count is None or m.type != "treaty") and m.use != NAMED:
                continue
            surface = view[m.start : m.end]
            if surface not in abbreviations:
                abbreviations[surface] = _is_abbreviation(surface)
            if not abbreviations[surface] or self._touched(view, m, spans, starts):
                continue
            lo = numbers.cover(m.start)
            chain = None
            if count is not None and numbers.items and not after_only:  # (no item start: none)
                chain = self._before(view, m, count, numbers.items, lo)
            if chain is None and self._abbreviation_first and count is not None:
                chain = self._after(view, m, count)
                if after_only and chain is not None and not self._repeated(view, chain, surface):
                    chain = None  # hu "az EK 15 tagállama": the Community's 15 States
            if chain is None and not self._abbreviation_first:
                chain = self._lettered_before(view, m, count, numbers.lettered(lo, m.start))
            if chain is None or (out and chain.start < out[-1].end):
                continue
            if not _overlaps(chain, spans, starts):
                out.append(chain)
        return out

    def _repeated(self, view: str, chain: Chain, surface: str) -> bool:
        """Whether the list goes on after ``chain`` with the abbreviation and a number:
        hu "EK 43. és EK 48. cikk", whose last item has its article word."""
        after = deferred_pattern(rf"{self._next_item}{regex.escape(surface)}[ \t]+\d")
        return after.match(view, chain.end) is not None

    def _touched(
        self, view: str, m: Mention, spans: list[tuple[int, int]], starts: list[int]
    ) -> bool:
        """Whether a chain already reads the abbreviation's articles: one ends right
        before it ("Articles 101 and 102 TFEU", da "ARTIKEL 258 OG 260 I TEUF") or
        starts right after it ("SEUT 263 artiklan"), or one overlaps it."""
        k = bisect.bisect_left(starts, m.end)
        if k < len(spans) and not view[m.end : spans[k][0]].strip(_SPACES):
            return True
        return any(
            end > m.start or self._closed.fullmatch(view, end, m.start) is not None
            for _, end in spans[max(0, k - 3) : k]
        )

    def _before(self, view: str, m: Mention, count: int, items: list[int], lo: int) -> Chain | None:
        """ "; 102 TFEU": a list that starts a line or an item and ends right before
        the abbreviation (or an "of" word before it); ``items`` are the numbers that
        start one, sorted, from ``lo`` on."""
        for start in _last(items, lo, m.start):
            chain = self._read(view, start, count)
            if chain is not None and self._link.fullmatch(view, chain.end, m.start):
                return chain
        return None

    def _lettered_before(
        self,
        view: str,
        m: Mention,
        count: int | None,
        lettered: list[int],
    ) -> Chain | None:
        """ "Interaction between 45f(3) and 45f(4) BRRD": numbers with an inserted
        article's letter are articles wherever they stand, so before an act's popular
        abbreviation too, and without an item start before them.  ``lettered`` are the
        numbers tried whose first number has such a letter (_Numbers.lettered)."""
        for start in lettered:
            chain = self._read(view, start, count)
            if (
                chain is not None
                and all(_LETTERED.fullmatch(u.article) for u in chain.units)
                and self._link.fullmatch(view, chain.end, m.start)
            ):
                return chain
        return None

    def _may_be_lettered(self, view: str, start: int) -> bool:
        """Whether the lexer's first number at ``start`` has an inserted letter ("45f").
        The first unit's article is the first token's number: where that has no letter,
        no unit list can be all lettered, and one lexer match spares reading the chain
        (three reads per abbreviation made a long line slow)."""
        if self._letterless.match(view, start) is not None:
            return False  # no letter the number could carry: no lexer match needed
        first = self._reader.number_at(view, start)
        return first is not None and _LETTERED.fullmatch(first) is not None

    def _after(self, view: str, m: Mention, count: int) -> Chain | None:
        """ "SEUT 107 (3) mukaiset", "EUMSZ 20. és": a list right after the abbreviation."""
        pos = m.end
        while pos < len(view) and pos - m.end < 2 and view[pos] in _SPACES:
            pos += 1
        if pos == m.end or pos >= len(view) or not view[pos].isdigit():
            return None
        return self._read(view, pos, count)

    def _read(self, view: str, start: int, count: int | None) -> Chain | None:
        tokens = self._reader.tokens(view, start)
        if not tokens or tokens[0].kind != "NUM" or tokens[0].start != start:
            return None
        # No noun follows a bare list: its numbers are articles in every word order.
        chain = parse_chain(tokens, number_first=False, article_word_seen=True)
        if chain is None or not all(_is_article(u, count) for u in chain.units):
            return None
        return chain


class _Numbers:
    """Where a number starts within reach before each abbreviation, on its line (a
    search back to the text's start for every abbreviation made a long line quadratic),
    each found and classified once however many windows it lies in."""

    def __init__(self, view: str, lettered: Callable[[str, int], bool] | None) -> None:
        self._view = view
        self._is_lettered = lettered
        # The numbers of view[_lo:_hi], in order: those that start a line or a list
        # item, those not in brackets (a paragraph, never the start of a list), and
        # those of these whose first number has an inserted letter.
        self._lo = self._hi = 0
        self.items: list[int] = []
        self._free: list[int] = []
        self._lettered: list[int] = []

    def cover(self, pos: int) -> int:
        """The start of the window before ``pos``, whose numbers the lists now hold."""
        view = self._view
        reach = max(0, pos - _BEFORE_REACH)
        lo = view.rfind("\n", reach, pos) + 1 or reach
        if not self._lo <= lo <= self._hi:  # a gap (or a window out of order): afresh
            self._lo = self._hi = lo
            self.items, self._free, self._lettered = [], [], []
        if pos > self._hi:
            for d in _DIGIT_START.finditer(view, self._hi, pos):
                start = d.start()
                if _starts_item(view, start):
                    self.items.append(start)
                if view[start - 1 : start] != "(":
                    self._free.append(start)
                    if self._is_lettered is not None and self._is_lettered(view, start):
                        self._lettered.append(start)
            self._hi = pos
        return lo

    def lettered(self, lo: int, end: int) -> list[int]:
        """The lettered numbers among the last _TRIES not in brackets in [lo, end)
        (which ``cover`` has held)."""
        if not self._lettered:
            return []
        free = self._free
        hi = bisect.bisect_left(free, end)
        first = max(bisect.bisect_left(free, lo, 0, hi), hi - _TRIES)
        if first == hi:
            return []
        lettered = self._lettered
        return lettered[
            bisect.bisect_left(lettered, free[first]) : bisect.bisect_left(lettered, end)
        ]


def _last(numbers: list[int], lo: int, end: int) -> list[int]:
    """The last _TRIES of the sorted ``numbers`` in [lo, end)."""
    hi = bisect.bisect_left(numbers, end)
    return numbers[max(bisect.bisect_left(numbers, lo, 0, hi), hi - _TRIES) : hi]


def _is_article(unit: Unit, count: int | None) -> bool:
    """Whether ``unit`` is an article (or range) the instrument has (any number for
    an act, whose articles are not counted in the registry)."""
    if unit.recital is not None or unit.annex is not None:
        return False
    if count is None:
        return True
    return all(
        (digits := _LEADING_DIGITS.match(number)) is not None and 1 <= int(digits.group()) <= count
        for number in (unit.article, unit.article_end or unit.article)
    )


def _overlaps(chain: Chain, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``chain`` overlaps one of the chains already read."""
    k = bisect.bisect_left(starts, chain.end)
    return any(end > chain.start for _, end in spans[max(0, k - 3) : k])


@functools.cache
def bare_articles(code: str) -> BareArticles:
    return BareArticles(code)
