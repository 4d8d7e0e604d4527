"""Passes over the chain lexer's tokens of one chain, after it has read them: Roman
numerals of a German-style pin ("Art. 28 II AEUV"), compound ordinals (pt "vigésimo
quarto": 24) and point letters a comma sets after their number ("Art. 3, h)")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from ..model.numerals import roman_value
from .chain_state import Token
from .comma_paragraphs import comma_dot_paragraphs

# A spaced em dash and the number after it that ends its keyword segment ("Членове 3 —
# 5 — Прехвърляне на предприятия"): the number group ``to``.
_DASHED_END = lazy_pattern(r"[ \t]+—[ \t]+(?P<to>\d{1,4})(?=[ \t]+[—–-][ \t]|[ \t]*[“”\"]|[ \t]*$)")
# What may follow a point letter that ends a pin: the bracket around the pin, a comma,
# a semicolon or a full stop ("(Art. 3, h).", "(art. 58, § 1, b), CE)").
_PIN_END = lazy_pattern(r"[ \t]*(?:[),;]|\.(?!\w)|$)")
# ... or the abbreviation of its instrument right after it ("f) RGPD", "a) TFUE").
_ABBREVIATION_AFTER = lazy_pattern(r"[ \t]+\p{Lu}{2,8}(?![\w-])")


_LEVELS = lazy_pattern(r"\d{1,4}(?:\.\d{1,3}){2}")


def number_levels(m: regex.Match[str], num: str, point: bool) -> list[Token]:
    """The tokens of a number of three levels or more that the lexer matched ("3.6.5"):
    after a point word the point's number (pt "anexo II, ponto 3.6.5"); elsewhere (a
    heading's "3.3.3 SEUT 107 (3)") an article and its paragraph whose chain ends at
    the next level, as an article's number never has three. None for any other number."""
    if _LEVELS.match(m.group()) is None:
        return []
    if point:
        return [Token("NUM", m.start(), m.end(), num)]
    second = m.group().split(".")[1]
    end = m.start() + len(num) + 1 + len(second)
    return [Token("NUM", m.start(), end, num), Token("BNUM", end - len(second), end, second)]


def compound_ordinals(view: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with two ordinals in a row, tens then units, read as one number: pt
    "vigésimo quarto", es "vigésimo cuarto", el "εικοστή τέταρτη" (24th), pt "décimo
    primeiro" (11th)."""
    out: list[Token] = []
    for tok in tokens:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == tok.kind == "ORD"
            and not view[before.end : tok.start].strip()
            and int(before.value) >= 10
            and int(before.value) % 10 == 0
            and 0 < int(tok.value) < 10
        ):
            out[-1] = Token("ORD", before.start, tok.end, str(int(before.value) + int(tok.value)))
        else:
            out.append(tok)
    return out


def comma_points(
    view: str, tokens: list[Token], of_after: regex.Pattern[str] | None = None
) -> list[Token]:
    """Marks a point letter in brackets that a comma sets after an article's or a
    paragraph's number and that ends the pin, as judgment summaries print pins after
    the act ("(Verordnung (EG) Nr. 561/2006 Art. 3, h)", "(art. 58, § 1, b), CE)"): the
    point of that number; so are letters joined by "and" whose last ends the pin (fr
    "art. 8, § 2, a) et c), du règlement"), and, after a number that is no list's next
    item, those the instrument follows by its "of" word (``of_after``) or its
    abbreviation (fr "art. 6, § 1, f) du RGPD", it "art. 6, par. 1, f) GDPR"). A letter
    that words follow ("Article 3, a) the Member States") opens an enumeration of the
    text, not a point. A number so set after an article's or a paragraph's number and
    closed by a bracket or "°" is a numbered point (fr "art. 4, 7) RGPD", "art. 3, 8° de
    la directive"): a point word goes before it, so that it is dropped as numbered points
    are, not read as the next article."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        set_by_comma = (
            i >= 2 and tokens[i - 1].kind == "COMMA" and tokens[i - 2].kind in ("NUM", "BNUM")
        )
        own = set_by_comma and (i < 3 or tokens[i - 3].kind != "COMMA")
        if set_by_comma and tok.kind == "LETP":
            end = _letters_end(tokens, i)
            if _PIN_END.match(view, end) or (own and _instrument_after(view, end, of_after)):
                tok.marked = True
        elif own and tok.kind == "NUM" and _numbered_point(view, tok, of_after):
            out.append(Token("PT", tok.start, tok.start))
            tok = Token("NUM", tok.start, tok.end + 1, tok.value)  # with its bracket or "°"
        out.append(tok)
    return out


def _instrument_after(view: str, end: int, of_after: regex.Pattern[str] | None) -> bool:
    """Whether the instrument follows ``end``: its abbreviation in capitals, or an "of"."""
    return bool(
        _ABBREVIATION_AFTER.match(view, end) or (of_after is not None and of_after.match(view, end))
    )


def _numbered_point(view: str, tok: Token, of_after: regex.Pattern[str] | None) -> bool:
    """Whether the number ``tok`` is closed by "°", or by a bracket that opens nowhere
    before it on its line (not "(Articles 4, 7)") and ends the pin."""
    mark = view[tok.end : tok.end + 1]
    if mark != ")":
        return mark == "°"
    line = view[view.rfind("\n", 0, tok.start) + 1 : tok.start]
    return line.count("(") <= line.count(")") and bool(
        _PIN_END.match(view, tok.end + 1) or _instrument_after(view, tok.end + 1, of_after)
    )


def _letters_end(tokens: list[Token], i: int) -> int:
    """Where the letters joined by "and" from the letter at ``i`` end ("a) et c)")."""
    while i + 2 < len(tokens) and tokens[i + 1].kind == "AND" and tokens[i + 2].kind == "LETP":
        i += 2
    return tokens[i].end


def dashed_range(view: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a range across a spaced em dash after a plural article word and
    one number: in a judgment's keyword line "Членове 3 — 5 —" (bg) is Articles 3 to 5,
    a plural with one number cannot be; after a singular the dash ends the segment
    ("Article 5 — 7 days")."""
    if len(tokens) != 2 or tokens[0].kind != "ART" or tokens[0].value != "plural":
        return tokens
    last = tokens[1]
    dash = _DASHED_END.match(view, last.end) if last.kind == "NUM" else None
    if dash is None:
        return tokens
    rng = Token("RANGE", dash.start() + 1, dash.start("to"))
    return [*tokens, rng, Token("NUM", dash.start("to"), dash.end("to"), dash["to"])]


def enumeration_marker(view: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a last number that a comma sets after a list an "and" word
    closed, when a full stop and a capital follow it: the number of the next item of
    the text's own enumeration (el "ιδίως τα άρθρα 5, 6 και 58 παρ. 2, 2. Τις διατάξεις
    του ν. 4624/2019", en "Articles 5, 6 and 58(2), 2. Law 4624/2019"), no article."""
    if len(tokens) < 4 or tokens[-1].kind != "NUM" or tokens[-2].kind != "COMMA":
        return tokens
    last = tokens[-1]
    dot = "" if view[last.end - 1 : last.end] == "." else r"\."
    if _NEXT_ITEM[dot].match(view, last.end) is None:
        return tokens
    if not any(t.kind == "AND" for t in tokens[:-2]):
        return tokens
    return tokens[:-2]


_NEXT_ITEM = {d: deferred_pattern(rf"{d}[ \t]+\p{{Lu}}") for d in ("", r"\.")}


def ordinal_numbers(view: str, tokens: list[Token], endings: frozenset[str]) -> list[Token]:
    """``tokens`` with a number written with an ordinal ending (``ordinal_endings``: fr
    "2e", nl "2e") right before a position or subparagraph word read as the ordinal it
    is: fr "Article 3, § 2, 2e alinéa" is the second subparagraph of 3(2), no Article
    2e."""
    for i, tok in enumerate(tokens[:-1]):
        written = view[tok.start : tok.end]
        if tok.kind == "NUM" and ordinal_number(written, tokens[i + 1].kind, endings):
            tokens[i] = Token("ORD", tok.start, tok.end, str(int(_leading_digits(written))))
    return tokens


def ordinal_number(written: str, next_kind: str | None, endings: frozenset[str]) -> bool:
    """Whether a number token written so, before a token of ``next_kind``, is an ordinal
    (:func:`ordinal_numbers`)."""
    digits = _leading_digits(written)
    return next_kind in ("POS", "SUB") and digits != "" and written[len(digits) :] in endings


def _leading_digits(written: str) -> str:
    """The digits a number token opens with: "2" of fr "2e", it "1°" (a mark), da "2."."""
    end = 0
    while end < len(written) and written[end] in "0123456789":
        end += 1
    return written[:end]


# What a paragraph or point named before its article ends with.
_PREFACE_ENDS = frozenset({"NUM", "BNUM", "PAR", "BLET", "LETP", "LETTER", "PT", "OF"})


def possessive_in_preface(tokens: list[Token]) -> list[Token]:
    """The tokens without a possessive between a preface and its article: sl "drugi
    odstavek njenega 3. člena", cs "odst. 2 jeho článku 3", hr "stavak 2. njezina članka
    3." read as "paragraph 2 of Article 3" (the act the possessive points to is named
    before the chain, as for "its Article 3"); any other possessive ends the chain."""
    for k, tok in enumerate(tokens):
        if tok.kind != "POSS":
            continue
        after = tokens[k + 1].kind if k + 1 < len(tokens) else ""
        if k > 0 and tokens[k - 1].kind in _PREFACE_ENDS and after in ("ART", "NUM"):
            return [*tokens[:k], *possessive_in_preface(tokens[k + 1 :])]
        return tokens[:k]
    return tokens


# The kinds of point letters a list of them goes on with.
_LETTERS = frozenset({"LETP", "LETTER"})
# What may follow a point letter that ends its list: a full stop, a bracket, a colon or
# the text's end.
_LIST_END = lazy_pattern(r"[ \t]*(?:[.;:)]|$)")


def letter_of_word(view: str, tokens: list[Token]) -> list[Token]:
    """A point letter that is also the language's one-letter "of" word (sv, da "i"), read
    as the point it is where no instrument can follow it: after a point letter and "and"
    or a comma, or right after a paragraph's number, and before another "of" word, "and",
    a comma or the end of the list (sv "artikel 9.2 h och i i förordningen", "9.2 h och i
    samt artikel 89.1", "artikel 9.2 i i förordningen", da "litra h og i, i forordning");
    "led c, i förordningen" stays "of". A one-letter "and" word (pl, hr "i") after a point
    letter and "and" is the point too, also where the instrument follows, as "and"
    never follows "and" (pl "lit. d i i RODO", hr "točaka h i i"), and so is one after a
    point letter and a comma before another "and" (pl "lit. h, i oraz j")."""
    out = list(tokens)
    for k, tok in enumerate(tokens):
        if tok.kind not in ("OF", "AND") or k == 0 or tok.end - tok.start != 1:
            continue
        letter = view[tok.start]
        if not letter.islower():
            continue
        prev, kind = tokens[k - 1].kind, None
        if prev in ("AND", "COMMA") and k > 1 and tokens[k - 2].kind in _LETTERS:
            kind = tokens[k - 2].kind
        elif prev == "BNUM":
            kind = "LETP"
        after = tokens[k + 1].kind if k + 1 < len(tokens) else None
        ends = after in ("OF", "AND", "COMMA", "SEMI") or (
            after is None and _LIST_END.match(view, tok.end) is not None
        )
        if tok.kind == "AND":
            # "and" after "and" is the letter ("lit. d i i RODO"); after a comma, only
            # before another "and" ("lit. h, i oraz j"; it "punto i), e con l'articolo")
            ends = prev == "AND" or after == "AND"
            kind = kind if prev in ("AND", "COMMA") else None
        if kind is not None and ends and (prev != "BNUM" or after == "OF"):
            out[k] = Token(kind, tok.start, tok.end, letter)
    return out


def lettered_subdivisions(
    view: str, tokens: list[Token], point_words: frozenset[str]
) -> list[Token]:
    """A subdivision word that is also one of the language's point words, before a
    point letter, is that point's word: el "της περίπτωσης δ της παρ. 1 του άρθρου 3"
    is point (d) of Article 3(1); "πρώτη περίπτωση" stays a subparagraph."""
    out = list(tokens)
    for k in range(len(tokens) - 1):
        tok = tokens[k]
        if tok.kind != "SUB" or tokens[k + 1].kind not in ("LETTER", "LETP", "BLET"):
            continue
        if view[tok.start : tok.end].casefold() in point_words:
            out[k] = Token("PT", tok.start, tok.end, tok.value)
    return out


def numeral_letters(view: str, tokens: list[Token], words: frozenset[str]) -> list[Token]:
    """A letter right after one of ``words`` (a subdivision word whose subdivisions are
    numbered with letters, Greek numerals) is that subdivision's number: el "άρθρο 33
    παρ. 1 εδάφιο β΄" is the second subparagraph of 33(1), read as "εδάφιο 2" is."""
    out = list(tokens)
    for k in range(len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        if tok.kind not in ("POS", "SUB") or nxt.kind not in ("LETTER", "LETP", "BLET"):
            continue
        letter = len(nxt.value) == 1 and "a" <= nxt.value <= "z"
        if letter and view[tok.start : tok.end].casefold() in words:
            out[k + 1] = Token("NUM", nxt.start, nxt.end, str(ord(nxt.value) - 96))
    return out


def flattened_paragraphs(view: str, tokens: list[Token], words: frozenset[str]) -> list[Token]:
    """A word that is the paragraph word with its marks lost in a conversion (pt "no"
    from "n.º", "nos" from "n.os"), read as that paragraph word only between a comma
    after an article number with its ordinal mark and a number without one: pt "artigo
    5o, no 2" is 5(2), where "no" is otherwise "in the"."""
    out = list(tokens)
    for k in range(2, len(tokens) - 1):
        tok, nxt = tokens[k], tokens[k + 1]
        number = tokens[k - 2]
        if (
            tokens[k - 1].kind == "COMMA"
            and number.kind == "NUM"
            and number.marked
            and nxt.kind == "NUM"
            and not nxt.marked
            and view[tok.start : tok.end].casefold() in words
        ):
            plural = view[tok.end - 1 : tok.end].casefold() == "s"
            out[k] = Token("PARS" if plural else "PAR", tok.start, tok.end)
    return out


class LexingPasses:
    """The passes a language asks for after its lexer (:meth:`after`)."""

    __slots__ = (
        "_comma_dot",
        "_dot_word",
        "_dotted",
        "_endings",
        "_flattened",
        "_number_first",
        "_numeral_letters",
        "_of_after",
        "_pins",
        "_point_subdivisions",
    )

    def __init__(self, pins: bool, dotted: bool, endings: frozenset[str], art: Any) -> None:
        self._pins = pins  # de "Art. 28 II AEUV" (pin_numerals)
        self._dotted = dotted  # hr "članak 3." (ordinal_dot)
        self._endings = endings  # fr "2e alinéa" (ordinal_endings)
        # da "2. pkt.", "2. afsnit": a full stop as the ending, before such a word only
        words = [*art.get("subparagraph", []), *art.get("position", [])]
        self._dot_word = (
            deferred_pattern(rf"\.[ \t]+(?:{alternation(words)})(?!\w)")
            if "." in endings and words
            else None
        )
        # el "περίπτωση": a subdivision word, and a point's before its letter
        points = {w.casefold() for w in art.get("point", [])}
        self._point_subdivisions = frozenset(
            w.casefold() for w in art.get("subparagraph", []) if w.casefold() in points
        )
        # el "εδάφιο β΄": subdivisions numbered with letters (numeral_letters)
        self._numeral_letters = frozenset(w.casefold() for w in art.get("numeral_letters", []))
        self._number_first: bool = art["number_first"]  # fi "168 artikla c kohta"
        # pt "artigo 5o, no 2": a paragraph word flattened into a word (flattened_paragraph)
        self._flattened = frozenset(w.casefold() for w in art.get("flattened_paragraph", []))
        self._comma_dot: bool = art.get("comma_dot_paragraph", False)  # nl "artikel 11, 2. van"
        # "art. 6, § 1, f) du RGPD": the "of" word after a pin (comma_points)
        of = art.get("of", [])
        self._of_after = (
            deferred_pattern(rf"[ \t]+(?:{alternation(of)})(?:[ \t]|(?<=['’]))") if of else None
        )

    @classmethod
    def of(cls, art: Mapping[str, Any]) -> LexingPasses:
        """The passes of the language whose ``[articles]`` table is ``art``."""
        endings = frozenset(art.get("ordinal_endings", []))
        return cls(art.get("pin_numerals", False), art["ordinal_dot"], endings, art)

    def number_end(self, view: str, end: int) -> int:
        """Where a number token that ends at ``end`` ends with its ordinal full stop."""
        if self._dot_word is not None and self._dot_word.match(view, end) is not None:
            return end + 1
        return end

    def ordinal(self, written: str, next_kind: str | None) -> bool:
        """Whether the number ``written`` before a token of ``next_kind`` is an ordinal."""
        return bool(self._endings) and ordinal_number(written, next_kind, self._endings)

    def after(self, view: str, tokens: list[Token]) -> list[Token]:
        """The passes, in order: numbers with an ordinal ending before a subparagraph word
        (:func:`ordinal_numbers`), German pin numerals; compound ordinals and point
        letters after a comma in every language; a numbered item of the text's own
        enumeration after a list where numbers take no ordinal dot."""
        if self._endings:
            tokens = ordinal_numbers(view, tokens, self._endings)
        tokens = pin_numerals(view, tokens) if self._pins else tokens
        tokens = tokens if self._dotted else enumeration_marker(view, tokens)
        # Most chains hold none of the kinds the next passes read ("Article 5(1)"): each
        # pass is a loop over the tokens that would return them unchanged.
        kinds = {tok.kind for tok in tokens}
        if "POSS" in kinds:
            tokens = possessive_in_preface(tokens)
        if not kinds.isdisjoint(("OF", "AND")):
            tokens = letter_of_word(view, tokens)
        if "ORD" in kinds:
            tokens = compound_ordinals(view, tokens)
        if "SUB" in kinds and self._point_subdivisions:
            tokens = lettered_subdivisions(view, tokens, self._point_subdivisions)
        if self._numeral_letters and not kinds.isdisjoint(("POS", "SUB")):
            tokens = numeral_letters(view, tokens, self._numeral_letters)
        if self._number_first and "LETTER" in kinds:
            tokens = letter_paragraph_points(view, tokens)
        if "COMMA" in kinds:
            if self._flattened:
                tokens = flattened_paragraphs(view, tokens, self._flattened)
            tokens = comma_points(view, tokens, self._of_after)
            tokens = comma_dot_paragraphs(view, tokens) if self._comma_dot else tokens
        return dashed_range(view, tokens)


def letter_paragraph_points(view: str, tokens: list[Token]) -> list[Token]:
    """Number first, fi "168 artikla c kohta", "169 artiklan a kohdassa": a small letter
    between the article word and a paragraph word is a point, which the paragraph word
    closes (a letter numbers no paragraph); a capital is none ("1 artiklan D kohta",
    the Refugee Convention's Article 1D)."""
    out = list(tokens)
    for i in range(1, len(out) - 1):
        tok = out[i]
        if (
            tok.kind == "LETTER"
            and out[i - 1].kind == "ART"
            and out[i + 1].kind == "PAR"
            and view[tok.start : tok.end].islower()
        ):
            out[i] = Token("LETP", tok.start, tok.end, tok.value)
    return out


def pin_numerals(view: str, tokens: list[Token]) -> list[Token]:
    """The tokens of German pin notation: "Art. 28 II AEUV" is Article 28(2), so a
    Roman numeral right after an article number (a space between) is a bracketed
    paragraph number; "Art. 12 I 2 GG", "Art. 36 2 AEUV": a number of one or two
    digits right after those is a sentence, which is not cited but does not end
    the chain ("SENT")."""
    out: list[Token] = []
    numerals: set[int] = set()  # positions in ``out`` of paragraphs read from numerals
    for tok in tokens:
        prev = out[-1] if out else None
        if prev is None or view[prev.end : tok.start].strip(" \u00a0"):
            out.append(tok)
            continue
        # also after "," or "and" after such a numeral: "Art. 21 II, III DSGVO" (21(2), 21(3))
        after = prev.kind == "NUM" or (prev.kind in ("COMMA", "AND") and len(out) - 2 in numerals)
        value = roman_value(tok.value) if tok.kind == "ROMAN" and after else None
        if value is not None:
            numerals.add(len(out))
            out.append(Token("BNUM", tok.start, tok.end, str(value)))
        elif (
            tok.kind == "NUM"
            and tok.value.isdigit()
            and len(tok.value) <= 2
            and (prev.kind == "NUM" or len(out) - 1 in numerals)
        ):
            out.append(Token("SENT", tok.start, tok.end))
        else:
            out.append(tok)
    return out
