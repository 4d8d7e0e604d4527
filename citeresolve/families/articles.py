"""Article chains: "Articles 2, 3(5) and 21", "artikel 3, lid 5", "Artikel 7 Absatz 3",
"3 artiklan 5 kohta", "5. cikkének (5) bekezdésére", "Rules 144(5) and 132(4)".

A chain is read in two steps.  A lexer (:mod:`.chain_lexer`), built from the language file, turns
the text after a trigger into role tokens (article word, number, paragraph
word, "(5)", "and" ...).  One interpreter, the same for every language, turns
the tokens into units (article, paragraph, points).  Languages that put the
number before the noun (Finnish, Hungarian, Latvian, Lithuanian) are handled
by holding numbers until the noun after them says what they are. Which instrument a
chain belongs to is decided later, in :mod:`attach`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from ..knowledge.lang import Language, alternation, load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..limits import DEADLINE_EVERY, check_deadline, scan_timeout
from ..text.scan import Trigger
from .article_ranges import RepeatedWordRanges
from .bracket_recitals import bracket_recital_pattern, bracket_recitals, bracket_starts
from .chain_continuations import Continuations
from .chain_grammar import Chain, Token, parse_chain
from .chain_lexer import MAX_TOKENS, ChainLexer
from .chain_numerals import roman_annex_pattern, roman_letters
from .chain_words import numbers_before_pattern, numbers_before_tokens, trigger_words
from .ordinal_first import (
    ORDINAL_DOT,
    ORDINAL_REACH,
    annex_numerals_before,
    letter_before,
    ordinal_article,
    ordinal_before,
    ordinal_joints,
    position_ordinal_before,
    position_ordinal_pattern,
    recital_ordinal_before,
)
from .ordinal_pins import (
    bare_letter_pattern,
    cut_before_next_pin,
    ordinals_to_next_word,
    value_before_first_word,
)

_NUMBERS_BEFORE_REACH = 40  # fr "aux 5, 6 et 7 de l'article": how far back the numbers start
_NUMBER_RUN = frozenset({"NUM", "COMMA", "AND", "RANGE"})
# A number, or a Roman numeral (ChainReader._roman_word: "Annex II", pt "anexo xvi", el
# "ΙΙ" in iotas), in two searches: a digit is nearly always in reach, and a class alone
# skips ahead far faster than the numeral's look-behind tried everywhere.
_DIGIT = lazy_pattern(r"\d")
# How far after a trigger word the first number of a chain may stand ("the
# first and third subparagraphs of the second paragraph of Article 218").
_DIGIT_REACH = 200
# How far after an ordinal its recital word may stand ("the first and eleventh recitals"),
# and a point letter after its point word.
_RECITAL_REACH = 60
_LETTER_POINT = lazy_pattern(r"(?<![^\W\d_])\(?\p{Ll}{1,2}\)")


class ChainReader(ChainLexer):
    """Lexer (:class:`.chain_lexer.ChainLexer`) and interpreter for one language."""

    def __init__(self, language: Language) -> None:
        super().__init__(language)
        art: Mapping[str, Any] = language.articles
        self.number_first: bool = art["number_first"]
        # sl "77. člena", "10. in 12. člena" beside "člen 77": ordinals before the word
        self.ordinal_first: bool = art.get("ordinal_first", False)
        self._annex_numerals = annex_numerals_before(art)  # et "I lisas", "V ja VIII lisa"
        self._ordinal_joints = ordinal_joints(art) if self.ordinal_first else None
        self._point_letters = bare_letter_pattern(art)  # sl "(a) podtočko", "a točke"
        self._roman_word = deferred_pattern(
            rf"(?<![^\W\d_])(?:[{roman_letters()}]{{1,7}}|[ivx]{{2,7}})(?![^\W\d_])"
        )
        # words an ordinal numbers ("the fourth recital", "the third paragraph of that
        # Article"; sl "šestega člena": Article 6)
        by_ordinal = [*art.get("recital", []), *art["paragraph"]]
        by_ordinal += art["article"] if self.ordinal_first else []
        self._ordinal_noun = deferred_pattern(alternation(by_ordinal))
        self._roman_annex = roman_annex_pattern(art)
        self._annex_word = deferred_pattern(alternation(art.get("annex", [])))
        self._trigger = Trigger(trigger_words(language, self.ordinal_phrases))
        self._numbers_before = numbers_before_pattern(art)
        self._continuations = Continuations(art, self.tokens)
        self._bracket_recital = bracket_recital_pattern(art) if self.number_first else None
        self._word_ranges = RepeatedWordRanges(art)  # "from Article 101 to Article 109"
        self._position_ordinal = position_ordinal_pattern(art)  # pt "1.º parágrafo"

    # -- interpreter ---------------------------------------------------------

    def chains(self, view: str) -> list[Chain]:
        found: list[Chain] = []
        pos = 0
        for i, start in enumerate(self._starts(view)):
            if not i % DEADLINE_EVERY:
                check_deadline()  # the lexer's anchored calls carry no regex timeout
            if start < pos:
                continue
            m_end = start + 1
            if not self._number_in_reach(view, start):
                continue
            tokens = self._chain_tokens(view, start, pos)
            tokens = recital_ordinal_before(view, tokens, self._annex_numerals)
            tokens = position_ordinal_before(view, tokens, self._position_ordinal)
            tokens = self._word_ranges.tokens(view, tokens)
            if self.ordinal_first:
                tokens = self._ordinal_first_tokens(view, tokens)
            if self._bracket_recital is not None:
                tokens = bracket_recitals(view, tokens, self._bracket_recital)
            # A number alone cites nothing (tests/test_chain_grammar.py): in number-first
            # languages every free number is a start, most of them not a chain's.
            lone = len(tokens) == 1 and tokens[0].kind == "NUM"
            chain = None if lone else parse_chain(tokens, number_first=self.number_first)
            if chain is None:
                # A failed run of bare numbers ("1, 2, 3 …" with no article word
                # after it) fails from each of its numbers too: skip it whole, so
                # that number-first languages stay linear on long number runs.
                run_end = m_end
                for token in tokens:
                    if token.kind not in _NUMBER_RUN:
                        break
                    run_end = max(run_end, token.end)
                pos = run_end
                continue
            found.append(chain)
            pos = max(chain.end, m_end)
            # "Articles 28 EC, 31 EC and 86(2) EC": each item names its treaty, and
            # the items after the first carry no article word.
            if not self.number_first:
                self._continuations.extend(view, found)
                pos = max(pos, found[-1].end)
        return found

    def _number_in_reach(self, view: str, start: int) -> bool:
        """Every chain cites a number, or recitals by position ("the fourth recital");
        without one in reach there is nothing to lex ("Article Article …"). In
        ordinal-first languages the number may stand before the word ("5. člen GDPR").
        An annex word may cite the single annex, which has none ("the Annex to it")."""
        first = max(0, start - ORDINAL_REACH) if self.ordinal_first else start
        return (
            _DIGIT.search(view, first, start + _DIGIT_REACH) is not None
            or self._roman_word.search(view, start, start + _DIGIT_REACH) is not None
            or self._ordinal_noun.search(view, start, start + _RECITAL_REACH) is not None
            # "the Annex to that Directive": the single annex is cited with no number
            or self._annex_word.match(view, start) is not None
            # "lit. b) i c) tego ustępu": points of the paragraph cited before
            or _LETTER_POINT.search(view, start, start + _RECITAL_REACH) is not None
        )

    def _chain_tokens(self, view: str, start: int, pos: int) -> list[Token]:
        """The tokens from ``start``, with the bare paragraph numbers before its article
        word where the language cites them so (fr "aux 5 et 6 de l'article 83", "le 1
        de l'article 3": paragraphs 5 and 6, 1): a paragraph word stands for the
        determiner, as in "aux paragraphes 5 et 6 de l'article 83". ``pos`` is where
        the last chain ended."""
        tokens = self.tokens(view, start)
        if self._numbers_before is None or not tokens or tokens[0].kind != "ART":
            return tokens
        reach = max(pos, start - _NUMBERS_BEFORE_REACH)
        before = self._numbers_before.search(view, reach, start)
        if before is None:
            return tokens
        lead = numbers_before_tokens(before)  # the span starts at 5 (or at the point)
        return [*lead, *self.tokens(view, before.start("nums"))][:MAX_TOKENS]

    def _ordinal_first_tokens(self, view: str, tokens: list[Token]) -> list[Token]:
        """The tokens read with the ordinal, or a point letter, before its word."""
        tokens = letter_before(view, tokens, self._latin)
        tokens = ordinal_before(view, tokens, self._ordinal_joints)
        tokens = self._ordinal_article_after(view, tokens)
        # sl "(a) podtočko 18. točke 2. člena": each ordinal numbers the word after it
        tokens = cut_before_next_pin(ordinals_to_next_word(view, tokens))
        tokens = value_before_first_word(view, tokens, self._point_letters, self._latin)
        return ordinal_article(tokens)

    def _ordinal_article_after(self, view: str, tokens: list[Token]) -> list[Token]:
        """A preface that ends at an ordinal article number ("tretjem odstavku 6.
        člena", "točke (a) 9. člena"): the lexer stops at its dot; the article word
        after it continues the chain, read as "člena 6"."""
        if not tokens:
            return tokens
        # A chain that opened with its article word goes on only over a listed one
        # ("3. člen, 6. člen Direktive": "člen 3, člen 6"), written in lower case
        # (a sentence ending "členom 5. Člen 6 …" is no list).
        listed = tokens[0].kind == "ART"
        # Again after each: "tretjem odstavku 6. člena v zvezi s prvim odstavkom 14. člena".
        while len(tokens) < MAX_TOKENS and tokens[-1].kind == "NUM":
            if listed and (len(tokens) < 2 or tokens[-2].kind not in ("COMMA", "AND")):
                break
            dot = ORDINAL_DOT.match(view, tokens[-1].end)
            rest = self.tokens(view, dot.end()) if dot is not None else []
            if not rest or rest[0].kind != "ART" or (listed and view[rest[0].start].isupper()):
                break
            read = ordinal_before(view, rest, self._ordinal_joints)
            if listed and (len(read) < 2 or read[1].start != tokens[-1].start):
                break  # the word has its own number: the listed one is not its ordinal
            tokens = [*tokens[:-1], *read]
        return tokens

    def _starts(self, view: str) -> list[int]:
        """Where a chain may start: article words (and the like) and, in languages
        that put the number first, every free-standing number."""
        starts = list(self._trigger.positions(view))
        if self.number_first:
            numbers = _FREE_NUMBER.finditer(view, timeout=scan_timeout(view))
            annexes = self._roman_annex.finditer(view, timeout=scan_timeout(view))
            recitals = bracket_starts(view, self._bracket_recital)
            starts = sorted({*starts, *(m.start() for m in (*numbers, *annexes)), *recitals})
        return starts


# A number that may begin a number-first chain: not part of a date, a decimal or an id.
_FREE_NUMBER = lazy_pattern(r"(?<![\d.,/])\d{1,4}(?![\d/])")


@functools.cache
def reader(code: str) -> ChainReader:
    return ChainReader(load(code))
