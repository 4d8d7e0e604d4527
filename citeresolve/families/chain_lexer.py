"""The article chain's lexer for one language: the text after a trigger as role tokens
(article word, number with its inserted letter, paragraph word, "(5)", point letter,
"and" …), each with its value, built from the language file's [articles] table
(the pattern in :mod:`.chain_tokens`). :mod:`.articles` interprets them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lang import Language, alternation, phrase_key
from ..knowledge.lazy_patterns import deferred_pattern
from .article_number_pattern import part_letter_pattern
from .chain_grammar import Token
from .chain_numerals import lettered_annex, roman_numeral
from .chain_state import after_position
from .chain_tokens import comma_alone, recital_list, spaced_word, split_word, token_pattern
from .chain_words import WordRules, dotted_paragraph, gap_ends_chain, word_token
from .list_item_letters import opens_next_item
from .part_letters import part_letters
from .plain_numbers import plain_number_end, plain_number_ends
from .token_passes import LexingPasses, number_levels

MAX_TOKENS = 400  # a chain longer than this is split; keeps hostile lists linear
# Tokens that carry a value; a chain with many words and no value in a row has ended
# ("and and and …"), which keeps every trigger's work bounded on hostile text.
_VALUE_KINDS = frozenset({"NUM", "BNUM", "BLET", "LETP", "LETTER", "ORD", "ROMAN", "QLET", "PARTL"})
_MAX_WORDS_WITHOUT_VALUE = 6
# The white space between two tokens of a chain.
_GAP = " \t\r\n\u00a0"
_I_WORDS = frozenset({"AND", "OF", "DET"})
# The groups of the lexer's number token (article_number_pattern.number_pattern), in
# the order read.
_NUMBER_GROUPS = (
    "num",
    "suffix",
    "dsuffix",
    "ssuffix",
    "csuffix",
    "msuffix",
    "psuffix",
    "gsuffix",
    "dotpar",
    "dotpt",
)
# The kinds whose tokens _tokens_of reads (a value, another kind, another end); any
# other match is a token of its kind and span.
_READ_KINDS = frozenset(
    {"NUM", "BNUM", "NUMP", "BLET", "LETP", "LETTER", "ROMAN", "ANNEX", "HYPHEN", "ORD", "QLET"}
)
# What a plain number (plain_numbers.plain_number_end) starts with: two thirds of the
# lexer's positions are none, and there the call is spared.
_DIGITS = frozenset("0123456789")


class ChainLexer:
    """The lexer of one language: :meth:`tokens` from a position of a text."""

    def __init__(self, language: Language) -> None:
        art: Mapping[str, Any] = language.articles
        # Matched case-insensitively, and looked up by phrase_key of the matched text:
        # the pattern accepts any white space inside "al treilea" ("al\ntreilea").
        ordinal_phrases = self.ordinal_phrases = [k.lower() for k in art["ordinals"]]
        self.ordinals: dict[str, int] = {phrase_key(k): v for k, v in art["ordinals"].items()}
        # fr "l'article premier", it "articolo primo": the ordinal numbers the article
        self._first_article = {phrase_key(w) for w in art.get("first_article", [])}
        self.point_letters: dict[str, str] = dict(art.get("point_letters", {}))
        # sv "punkt 1 c", "artikel 322.1 a": a bare letter after a number is a point.
        self.bare_point_letters: bool = art.get("bare_point_letters", False)
        # After the lexer: de "Art. 28 II AEUV" (a Roman numeral right after the article
        # number is its paragraph), hr "članak 3." (no full stop), fr "2e alinéa" …
        self._passes = LexingPasses.of(art)
        self.marks_articles: bool = art.get("marks_articles", False)  # pt "2, 5.º e 11.º"
        plurals = frozenset(w.casefold() for w in art.get("article_plural", []))
        self._words = WordRules.of(art, self._latin, plurals)
        self._token = token_pattern(language, ordinal_phrases, self.point_letters)
        # The token most often read after a number (a list's comma): no regex call.
        self._comma_alone = comma_alone(self._token)
        # Where a run of digits is a number token by itself: read without a regex call.
        self._plain_ends = plain_number_ends(language, self._token)
        # ... unless an article's part letter follows ("artikel 13, punkt A", "13, A, lid")
        self._part_after = part_letter_pattern(art, self.point_letters)
        self._part_initials = frozenset(w[:1].casefold() for w in art.get("article_parts", []))
        self._space = deferred_pattern(f"[{_GAP}]*")
        self._roman_after_annex = deferred_pattern(r"I(?![^\W_])\.?")
        self._annex_participles = {w.casefold() for w in art.get("annex_participles", [])}
        # sk "článok 4 prílohy I": the annex word's genitive says "of Annex" by itself.
        self._annex_genitives = {phrase_key(w) for w in art.get("annex_genitive", [])}
        # de "Anlage" is an annex before its number only (else an installation).
        self._annex_numbered = {phrase_key(w) for w in art.get("annex_numbered", [])}
        # "l'allegato della direttiva", "nell'allegato", "el anexo de la Directiva": a
        # determiner or an elided article makes the noun.
        determiners = alternation(art["determiners"]) if art["determiners"] else r"(?!)"
        self._determiner_before = deferred_pattern(rf"(?:{determiners}|[^\W\d_]['’])\s*\Z")

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
            end = view[pos : pos + 1] in _DIGITS and self._plain_end(view, pos)
            if end:
                if _act_number_at(view, end):
                    break
                out.append(Token("NUM", pos, end, view[pos:end]))
                pos, wordy = end, 0
                continue
            if view[pos : pos + 1] == "," and self._comma_alone:
                m, start, end, kind = None, pos, pos + 1, "COMMA"  # what the pattern reads
            elif (m := match(view, pos)) is None or m.end() == pos:
                split = self._damaged_word(view, pos, out)
                if split is None:
                    break
                pos, wordy = split.end, wordy + 1
                continue
            else:
                (start, end), kind = m.span(), m.lastgroup or ""
            if kind in _I_WORDS and out and out[-1].kind == "ANNEX":
                numeral = self._numeral_after_annex(view, pos)
                if numeral is not None:
                    out.append(numeral)
                    pos, wordy = numeral.end, 0
                    continue
            if self._ends_chain(view, kind, (start, end), out):
                break
            wordy = 0 if kind in _VALUE_KINDS else wordy + 1
            if wordy > _MAX_WORDS_WITHOUT_VALUE:
                break
            if kind not in _READ_KINDS or m is None:
                out.append(word_token(view, kind, (start, end), out, self._words))
                pos = out[-1].end  # a word has no value to read
                continue
            found = self._tokens_of(view, m, kind, out)
            out += found
            pos = _next_start(view, kind, found[-1].end, end)
        return part_letters(self._passes.after(view, out))

    def _damaged_word(self, view: str, pos: int, out: list[Token]) -> Token | None:
        """A unit word a converted text broke (:func:`.chain_tokens.split_word`), added to
        ``out``; or the last word of ``out`` with the ending a stray space split off (ro
        "alineat ul (2)", :func:`.chain_tokens.spaced_word`) in its place; or None."""
        split = split_word(self._token, view, pos)
        if split is not None:
            out.append(split)
        elif out and (split := spaced_word(self._token, view, pos, out[-1])) is not None:
            out[-1] = split
        return split

    def _ends_chain(self, view: str, kind: str, span: tuple[int, int], out: list[Token]) -> bool:
        """Whether the token ``kind`` at ``span`` ends the chain: "Article Article", a
        point word that follows no point, or the letter of a list's next item after the
        last article's comma (el "των άρθρων 49 και 50,\nγ) του Εκτελεστικού
        Κανονισμού"), whose comma is then not the chain's."""
        if self._words.ends_chain(view, kind, span, out):
            return True
        if kind not in ("LETP", "BLET") or not out or out[-1].kind != "COMMA":
            return False
        if not opens_next_item(view, span[0], out[0].start, self._latin):
            return False
        out.pop()
        return True

    def _plain_end(self, view: str, pos: int) -> int:
        """Where the plain number at ``pos`` ends (plain_numbers.plain_number_end), 0
        for none, nor where an article's part letter follows it ("13, punkt A")."""
        end = plain_number_end(view, pos, self._plain_ends)
        return 0 if end and self._part_follows(view, end) else end

    def _part_follows(self, view: str, end: int) -> bool:
        """Whether an article's part letter follows the digits ending at ``end``."""
        gap = view[end : end + 2]
        first = view[end + 2 : end + 3] if gap == ", " else view[end + 1 : end + 2]
        if gap[:1] not in ", " or not first:
            return False
        # A part word ("Teil A", "punkt A"), or a capital alone between commas ("13, A,
        # lid 1"): a capitalised word after a space ("5 EUV") needs no regex call.
        if not (first.casefold() in self._part_initials or (gap == ", " and first.isupper())):
            return False
        return self._part_after.match(view, end) is not None

    def number_at(self, view: str, pos: int) -> str | None:
        """The value of the number token that ``tokens(view, pos)`` starts with ("45f",
        "3"), or None: one lexer match where the rest of the chain is not needed."""
        end = self._plain_end(view, pos)  # digits alone, as tokens() reads them: no regex
        if not end:
            m = self._token.match(view, pos)
            if m is None or m.end() == pos or m.lastgroup not in ("NUM", "NUMP"):
                return None
            if m.lastgroup == "NUMP":
                return str(m["nump"])  # "3)": its number, as _tokens_of reads it
            if not view[pos : m.end()].isdigit():
                after = self._token.match(view, self._space.match(view, m.end()).end())  # type: ignore[union-attr]
                if self._passes.ordinal(view[pos : m.end()], after.lastgroup if after else None):
                    return None  # fr "2e alinéa": an ordinal, no number token
                return self._number_tokens(m)[0].value
            end = m.end()
        if _act_number_at(view, end) or self._passes.number_end(view, end) > end:
            return None  # "726/2004", da "2. pkt." (an ordinal): tokens() reads no number
        return view[pos:end]  # digits alone: no letter, mark or paragraph

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
            # ro "art. 19 alin. 1) din …": so after a paragraph word, outside brackets
            closed = closed or (
                bool(before)
                and before[-1].kind in ("PAR", "PARS")
                and not _in_brackets(view, start)
            )
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
            return [Token(kind, start, end, self._annex_value(view, m, end))]
        if kind == "HYPHEN":
            return [Token("RANGE", start, end)]
        if kind == "ORD":
            word = phrase_key(m.group())
            if word in self._first_article and before and before[-1].kind == "ART":
                return [Token("NUM", start, end, "1")]
            return [Token(kind, start, end, str(self.ordinals[word]))]
        return [Token(kind, start, end)]

    def _annex_value(self, view: str, m: regex.Match[str], end: int) -> str:
        """An annex word's value: "of" a genitive ("prílohy"); "noun" may stand for the
        single annex; "plural" names annexes by the numbers after it (fi "liitteet")."""
        word = phrase_key(m["annexword"])
        numbered = word in self._annex_numbered
        noun = self._annex_is_noun(view, m) and not numbered and not lettered_annex(view, end)
        value = ("of" if word in self._annex_genitives else "") + ("noun" if noun else "")
        return value + ("plural" if numbered else "")

    def _number_tokens(self, m: regex.Match[str], point: bool = False) -> list[Token]:
        """An article number with its inserted letter ("149а", "73 B", "74.a"), and the
        paragraph a dot joins to it ("322.1"); after a ``point`` word, none: a point's
        number of two levels (pt "ponto 3.6 do anexo II")."""
        if m.group().isdecimal():  # digits alone: no letter, mark, dot or paragraph
            return [Token("NUM", m.start(), self._passes.number_end(m.string, m.end()), m.group())]
        # Read by number: a group read by name costs as much as the rest of a token.
        num, suffix, dsuffix, ssuffix, csuffix, msuffix, psuffix, gsuffix, dotpar, dotpt = m.group(
            *self._token.numbers(m, _NUMBER_GROUPS)
        )
        capital = (csuffix or msuffix or psuffix or gsuffix or "").lower()
        suffix = (suffix or dsuffix or ssuffix or capital).strip()
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


def _next_start(view: str, kind: str, value_end: int, end: int) -> int:
    """Where the lexer goes on after a token of ``kind``: after a number at its value's
    end, past the mark of a numbered point (fr "art. 7, 1°, b)", which comma_points
    reads as a point); after any other token at the match's end."""
    if kind not in ("NUMP", "NUM"):
        return end
    return value_end + (kind == "NUM" and view[value_end : value_end + 1] == "°")


def _act_number_at(view: str, end: int) -> bool:
    """Whether the number that ends at ``end`` is an act's ("n.° 726/2004"): it ends
    the chain (pt "artigo 5.º, n.° 1, e n.° 726/2004" names Regulation 726/2004)."""
    return view[end : end + 1] == "/" and view[end + 1 : end + 2] in _DIGITS


def _in_brackets(view: str, pos: int) -> bool:
    """Whether an opening bracket before ``pos`` in its line stands unclosed: there a
    bracket after a number closes it ("(art. 19 alin. 1)"), not the number."""
    line = view[max(0, view.rfind("\n", 0, pos) + 1, pos - 400) : pos]
    return line.rfind("(") > line.rfind(")")
