"""Article chains: "Articles 2, 3(5) and 21", "artikel 3, lid 5", "Artikel 7 Absatz 3",
"3 artiklan 5 kohta", "5. cikkének (5) bekezdésére", "Rules 144(5) and 132(4)".

A chain is read in two steps.  A lexer, built from the language file, turns
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

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Language, alternation, load, phrase_key
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import DEADLINE_EVERY, check_deadline, scan_timeout
from ..text.scan import Trigger
from .bracket_recitals import bracket_recital_pattern, bracket_recitals, bracket_starts
from .chain_continuations import Continuations
from .chain_grammar import Chain, Token, parse_chain
from .chain_state import after_position
from .chain_tokens import (
    lettered_annex,
    plain_number_end,
    plain_number_ends,
    recital_list,
    roman_annex_pattern,
    roman_letters,
    roman_numeral,
    split_word,
    token_pattern,
)
from .chain_words import (
    WordRules,
    dotted_paragraph,
    gap_ends_chain,
    numbers_before_pattern,
    numbers_before_tokens,
    trigger_words,
    word_token,
)
from .ordinal_first import (
    ORDINAL_DOT,
    ORDINAL_REACH,
    letter_before,
    ordinal_article,
    ordinal_before,
    ordinal_joints,
    recital_ordinal_before,
)
from .token_passes import LexingPasses, number_levels

MAX_TOKENS = 400  # a chain longer than this is split; keeps hostile lists linear
# Tokens that carry a value; a chain with many words and no value in a row has ended
# ("and and and …"), which keeps every trigger's work bounded on hostile text.
_VALUE_KINDS = frozenset({"NUM", "BNUM", "BLET", "LETP", "LETTER", "ORD", "ROMAN", "QLET"})
_MAX_WORDS_WITHOUT_VALUE = 6
# The white space between two tokens of a chain.
_GAP = " \t\r\n\u00a0"
_NUMBERS_BEFORE_REACH = 40  # fr "aux 5, 6 et 7 de l'article": how far back the numbers start
_NUMBER_RUN = frozenset({"NUM", "COMMA", "AND", "RANGE"})
_I_WORDS = frozenset({"AND", "OF", "DET"})
# The groups of the lexer's number token (chain_tokens._number), in the order read.
_NUMBER_GROUPS = ("num", "suffix", "dsuffix", "ssuffix", "csuffix", "msuffix", "dotpar", "dotpt")
# The kinds whose tokens _tokens_of reads (a value, another kind, another end); any
# other match is a token of its kind and span.
_READ_KINDS = frozenset(
    {"NUM", "BNUM", "NUMP", "BLET", "LETP", "LETTER", "ROMAN", "ANNEX", "HYPHEN", "ORD", "QLET"}
)
# A number, or a Roman numeral (ChainReader._roman_word: "Annex II", pt "anexo xvi", el
# "ΙΙ" in iotas), in two searches: a digit is nearly always in reach, and a class alone
# skips ahead far faster than the numeral's look-behind tried everywhere.
_DIGIT = lazy_pattern(r"\d")
# What a plain number (chain_tokens.plain_number_end) starts with: two thirds of the
# lexer's positions are none, and there the call is spared.
_DIGITS = frozenset("0123456789")
# How far after a trigger word the first number of a chain may stand ("the
# first and third subparagraphs of the second paragraph of Article 218").
_DIGIT_REACH = 200
# How far after an ordinal its recital word may stand ("the first and eleventh recitals"),
# and a point letter after its point word.
_RECITAL_REACH = 60
_LETTER_POINT = lazy_pattern(r"(?<![^\W\d_])\(?\p{Ll}{1,2}\)")


class ChainReader:
    """Lexer and interpreter for one language."""

    def __init__(self, language: Language) -> None:
        art: Mapping[str, Any] = language.articles
        self.number_first: bool = art["number_first"]
        # Matched case-insensitively, and looked up by phrase_key of the matched text:
        # the pattern accepts any white space inside "al treilea" ("al\ntreilea").
        ordinal_phrases = [k.lower() for k in art["ordinals"]]
        self.ordinals: dict[str, int] = {phrase_key(k): v for k, v in art["ordinals"].items()}
        # fr "l'article premier", it "articolo primo": the ordinal numbers the article
        self._first_article = {phrase_key(w) for w in art.get("first_article", [])}
        self.point_letters: dict[str, str] = dict(art.get("point_letters", {}))
        # sv "punkt 1 c", "artikel 322.1 a": a bare letter after a number is a point.
        self.bare_point_letters: bool = art.get("bare_point_letters", False)
        # sl "77. člena", "10. in 12. člena" beside "člen 77": ordinals before the word
        self.ordinal_first: bool = art.get("ordinal_first", False)
        self._annex_numerals: bool = art.get("annex_numeral_first", False)  # et "I lisas"
        self._ordinal_joints = ordinal_joints(art) if self.ordinal_first else None
        # After the lexer: de "Art. 28 II AEUV" (a Roman numeral right after the article
        # number is its paragraph), hr "članak 3." (no full stop), fr "2e alinéa" …
        self._passes = LexingPasses.of(art)
        self.marks_articles: bool = art.get("marks_articles", False)  # pt "2, 5.º e 11.º"
        plurals = frozenset(w.casefold() for w in art.get("article_plural", []))
        self._words = WordRules.of(art, self._latin, plurals)
        self._token = token_pattern(language, ordinal_phrases, self.point_letters)
        # Where a run of digits is a number token by itself: read without a regex call.
        self._plain_ends = plain_number_ends(language, self._token)
        self._space = compile_pattern(f"[{_GAP}]*")
        self._roman_after_annex = compile_pattern(r"I(?![^\W_])\.?")
        self._roman_word = compile_pattern(
            rf"(?<![^\W\d_])(?:[{roman_letters()}]{{1,7}}|[ivx]{{2,7}})(?![^\W\d_])"
        )
        self._annex_participles = {w.casefold() for w in art.get("annex_participles", [])}
        # sk "článok 4 prílohy I": the annex word's genitive says "of Annex" by itself.
        self._annex_genitives = {phrase_key(w) for w in art.get("annex_genitive", [])}
        # de "Anlage" is an annex before its number only (else an installation).
        self._annex_numbered = {phrase_key(w) for w in art.get("annex_numbered", [])}
        # "l'allegato della direttiva", "nell'allegato", "el anexo de la Directiva": a
        # determiner or an elided article makes the noun.
        determiners = alternation(art["determiners"]) if art["determiners"] else r"(?!)"
        self._determiner_before = compile_pattern(rf"(?:{determiners}|[^\W\d_]['’])\s*\Z")
        # words an ordinal numbers ("the fourth recital", "the third paragraph of that
        # Article"; sl "šestega člena": Article 6)
        by_ordinal = [*art.get("recital", []), *art["paragraph"]]
        by_ordinal += art["article"] if self.ordinal_first else []
        self._ordinal_noun = compile_pattern(alternation(by_ordinal))
        self._roman_annex = roman_annex_pattern(art)
        self._annex_word = compile_pattern(alternation(art.get("annex", [])))
        self._trigger = Trigger(trigger_words(language, ordinal_phrases))
        self._numbers_before = numbers_before_pattern(art)
        self._continuations = Continuations(art, self.tokens)
        self._bracket_recital = bracket_recital_pattern(art) if self.number_first else None

    # -- lexer ---------------------------------------------------------------

    def tokens(self, view: str, pos: int) -> list[Token]:
        out: list[Token] = []
        match = self._token.match
        wordy = 0  # tokens since the last number or letter
        while len(out) < MAX_TOKENS:
            gap = view[pos : pos + 1]
            if gap == " " and view[pos + 1 : pos + 2] not in _GAP:
                pos += 1  # one space, the usual gap: no regex call
            elif gap in _GAP:  # other white space (or the text's end)
                gap_start = pos
                pos = self._space.match(view, pos).end()  # type: ignore[union-attr]
                if out and gap_ends_chain(view, out[-1], gap_start, pos):
                    break
            end = view[pos : pos + 1] in _DIGITS and plain_number_end(view, pos, self._plain_ends)
            if end:
                if _act_number_at(view, end):
                    break
                out.append(Token("NUM", pos, end, view[pos:end]))
                pos, wordy = end, 0
                continue
            m = match(view, pos)
            if m is None or m.end() == pos:
                split = split_word(self._token, view, pos)
                if split is None:
                    break
                out.append(split)
                pos, wordy = split.end, wordy + 1
                continue
            (start, end), kind = m.span(), m.lastgroup or ""
            # hr/sl/pl "i" is "and", da/sv "i" is "of", it "i" is "the": after an annex
            # word "I" is a numeral
            if kind in _I_WORDS and out and out[-1].kind == "ANNEX":
                numeral = self._numeral_after_annex(view, pos)
                if numeral is not None:
                    out.append(numeral)
                    pos, wordy = numeral.end, 0
                    continue
            if self._words.ends_chain(view, kind, (start, end), out):
                break  # "Article Article", or a point word that follows no point
            wordy = 0 if kind in _VALUE_KINDS else wordy + 1
            if wordy > _MAX_WORDS_WITHOUT_VALUE:
                break
            if kind not in _READ_KINDS:
                out.append(word_token(view, kind, (start, end), out, self._words))
                pos = out[-1].end  # a word has no value to read
                continue
            found = self._tokens_of(view, m, kind, out)
            out += found
            pos = found[-1].end if kind in ("NUMP", "NUM") else end
        return self._passes.after(view, out)

    def number_at(self, view: str, pos: int) -> str | None:
        """The value of the number token that ``tokens(view, pos)`` starts with ("45f",
        "3"), or None: one lexer match where the rest of the chain is not needed."""
        m = self._token.match(view, pos)
        if m is None or m.end() == pos or m.lastgroup not in ("NUM", "NUMP"):
            return None
        if m.lastgroup == "NUMP":
            return str(m["nump"])  # "3)": its number, as _tokens_of reads it
        if view[pos : m.end()].isdigit():
            if _act_number_at(view, m.end()) or self._passes.number_end(view, m.end()) > m.end():
                return None  # "726/2004", da "2. pkt." (an ordinal): tokens() reads no number
            return view[pos : m.end()]  # digits alone: no letter, mark or paragraph
        after = self._token.match(view, self._space.match(view, m.end()).end())  # type: ignore[union-attr]
        if self._passes.ordinal(view[pos : m.end()], after.lastgroup if after else None):
            return None  # fr "2e alinéa": an ordinal, no number token
        return self._number_tokens(m)[0].value

    def _numeral_after_annex(self, view: str, pos: int) -> Token | None:
        """hr/sl/pl/cs "i" is "and", but after an annex word a capital "I" is the
        numeral: "Priloga I., II. i V. Direktive"."""
        roman = self._roman_after_annex.match(view, pos)
        return Token("ROMAN", roman.start(), roman.end(), "I") if roman is not None else None

    def _tokens_of(
        self, view: str, m: regex.Match[str], kind: str, before: list[Token]
    ) -> list[Token]:
        """The tokens of one match of the lexer's pattern, with their values; ``before``
        are the tokens of the chain so far."""
        start, end = m.span()
        if kind == "NUM":
            return self._number_tokens(m, bool(before) and before[-1].kind == "PT")
        if kind == "BNUM":
            # The OJ numbers recitals in brackets: "recitals (3), (6) and (19)" is a list.
            recital = recital_list(before)
            return [Token("NUM" if recital else kind, start, end, m["bnum"])]
        if kind == "NUMP":
            # After a point word the bracket closes the numbered point ("point 8)",
            # "pkt 8)"); anywhere else it is not the chain's ("(see Article 5)").
            closed = bool(before) and before[-1].kind == "PT"
            return [Token("NUM", start, end if closed else end - 1, m["nump"])]
        if kind in ("BLET", "LETP", "LETTER"):
            # Each kind's letters are its group of the same name in lower case (the
            # lexer's pattern has only the groups of the branches it tried).
            letters = m[kind.lower()]
            if kind == "LETTER" and (
                (self.bare_point_letters and before and before[-1].kind in ("NUM", "BNUM"))
                or dotted_paragraph(before)
                or (self.bare_point_letters and after_position(before, len(before)))
            ):
                kind = "LETP"
            return [Token(kind, start, end, self._latin(letters))]
        if kind == "ROMAN":
            return [Token(kind, start, end, roman_numeral(m["roman"]))]
        if kind == "QLET":
            return [Token("LETP", start, end, self._latin(m["qlet"]))]
        if kind == "ANNEX":
            # "of": a genitive ("prílohy"); "noun": may stand for the single annex
            word = phrase_key(m["annexword"])
            noun = (
                self._annex_is_noun(view, m)
                and word not in self._annex_numbered
                and not lettered_annex(view, end)
            )
            value = ("of" if word in self._annex_genitives else "") + ("noun" if noun else "")
            return [Token(kind, start, end, value)]
        if kind == "HYPHEN":
            return [Token("RANGE", start, end)]
        if kind == "ORD":
            word = phrase_key(m.group())
            if word in self._first_article and before and before[-1].kind == "ART":
                return [Token("NUM", start, end, "1")]
            return [Token(kind, start, end, str(self.ordinals[word]))]
        return [Token(kind, start, end)]

    def _number_tokens(self, m: regex.Match[str], point: bool = False) -> list[Token]:
        """An article number with its inserted letter ("149а", "73 B", "74.a"), and the
        paragraph a dot joins to it ("322.1"); after a ``point`` word, none: a point's
        number of two levels (pt "ponto 3.6 do anexo II")."""
        if m.group().isdecimal():  # digits alone: no letter, mark, dot or paragraph
            return [Token("NUM", m.start(), self._passes.number_end(m.string, m.end()), m.group())]
        # Read by number: a group read by name costs as much as the rest of a token.
        num, suffix, dsuffix, ssuffix, csuffix, msuffix, dotpar, dotpt = m.group(
            *self._token.numbers(m, _NUMBER_GROUPS)
        )
        suffix = (suffix or dsuffix or ssuffix or (csuffix or msuffix or "").lower()).strip()
        suffix = suffix.lstrip("-")  # it "45-bis"
        if len(suffix) == 1:
            suffix = self._latin(suffix)
        marked = self.marks_articles and m.group("mark") is not None  # by name: pt only
        if not (dotpar or dotpt) and (levels := number_levels(m, num, point)):
            return levels
        out = [Token("NUM", m.start(), m.end(), num + suffix, marked)]
        if dotpar and not point:
            out.append(
                Token("BNUM", m.start("dotpar"), m.end("dotpar") if dotpt else m.end(), dotpar)
            )
        if dotpt:  # "6.1.c)": the point
            out.append(Token("LETP", m.start("dotpt"), m.end(), self._latin(dotpt)))
        return out

    def _annex_is_noun(self, view: str, m: regex.Match[str]) -> bool:
        """The noun ("the Annex to Decision …", fr "l'annexe à la directive"), unless the
        word may also be a participle and is not capitalised (it "protocollo allegato al
        trattato": annexed to)."""
        word = m["annexword"]
        return (
            word[0].isupper()
            or word.casefold() not in self._annex_participles
            or self._determiner_before.search(view, max(0, m.start() - 12), m.start()) is not None
        )

    def _latin(self, letters: str) -> str:
        letters = letters.lower()
        if letters in self.point_letters:  # a point written with two letters: el "στ)"
            return self.point_letters[letters]
        return "".join(self.point_letters.get(ch, ch) for ch in letters)

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
        return ordinal_article(tokens)

    def _ordinal_article_after(self, view: str, tokens: list[Token]) -> list[Token]:
        """A preface that ends at an ordinal article number ("tretjem odstavku 6.
        člena", "točke (a) 9. člena"): the lexer stops at its dot; the article word
        after it continues the chain, read as "člena 6"."""
        if not tokens or tokens[0].kind == "ART":
            return tokens
        # Again after each: "tretjem odstavku 6. člena v zvezi s prvim odstavkom 14. člena".
        while len(tokens) < MAX_TOKENS and tokens[-1].kind == "NUM":
            dot = ORDINAL_DOT.match(view, tokens[-1].end)
            rest = self.tokens(view, dot.end()) if dot is not None else []
            if not rest or rest[0].kind != "ART":
                break
            tokens = [*tokens[:-1], *ordinal_before(view, rest, self._ordinal_joints)]
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


def _act_number_at(view: str, end: int) -> bool:
    """Whether the number that ends at ``end`` is an act's ("n.° 726/2004"): it ends
    the chain (pt "artigo 5.º, n.° 1, e n.° 726/2004" names Regulation 726/2004)."""
    return view[end : end + 1] == "/" and view[end + 1 : end + 2] in _DIGITS


# A number that may begin a number-first chain: not part of a date, a decimal or an id.
_FREE_NUMBER = lazy_pattern(r"(?<![\d.,/])\d{1,4}(?![\d/])")


@functools.cache
def reader(code: str) -> ChainReader:
    return ChainReader(load(code))
