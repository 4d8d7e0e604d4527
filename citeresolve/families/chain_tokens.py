"""The lexer's patterns for article chains, built from one language file's
[articles] table: which text is an article word, a number with its inserted
letter, a point letter, a descriptor between list items …, each a named group of
one pattern tried at every position of a chain (see :mod:`.articles`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import lazy_pattern
from ..text.branches import FirstCharAlternation, Pairs, Starts, phrase_branch
from .article_number_pattern import number_pattern
from .chain_numerals import roman_letters
from .chain_state import Token
from .spaced_letters import treaty_abbreviations
from .unit_words import roman_numeral_end, unit_branches, unit_words

# Role tokens, in the order the lexer tries them at a position.
_WORD_ROLES = (
    ("RANGE", "range"),
    # "from" before a range's first number: sl "členi od 2 do 4", bg "членове от 2 до 4"
    ("FROM", "range_from"),
    # before "and": "et suiv.", "e segg." begin with the language's "and"
    ("SEQ", "following"),
    ("AND", "and"),
    ("RULE", None),
    ("ART", "article"),
    ("PARS", "paragraphs"),
    ("PAR", "paragraph"),
    ("POS", "position"),
    # contract version 2: recitals and annexes are units (recital words before point
    # words: cs "bod odůvodnění 26"); titles and chapters are not citable but do not
    # end a list; "ff." / "et seq." extend the article before them.
    ("RECITAL", "recital"),
    ("SUB", "subparagraph"),
    # "last" by a subdivision word (de "letzter Unterabsatz", pl "akapit ostatni"): dropped
    ("LAST", "last"),
    ("PT", "point"),
    ("DET", "determiners"),
    ("OF", "of"),
    # "with Article 43, with Article 218(6) and with Article 218(7) of the Treaty": a
    # preposition other than "of" that keeps a list only where its items repeat it
    ("LPREP", "list_prepositions"),
    ("ANNEX", "annex"),
    ("NONCITE", "noncitable"),
    ("POSS", "possessive"),  # sl "drugi odstavek njenega 3. člena" (its Article 3(2))
)


# A hyphen of a range: before a number, or between bracketed points ("Article
# 10(1)(e)-(i)"). An em dash joins a range only glued to both numbers (fi "21—35
# artiklassa"): with spaces around it, it separates a heading ("Article 5 — Scope").
_HYPHEN = r"(?P<HYPHEN>[-–‑−‐](?=\s?\d|\(\d)|(?<=\))[-–‑−‐](?=\([a-z]{1,4}\))|(?<=\d\.?)—(?=\d))"


# A point letter in brackets. Two capitals in brackets before a number are the domain of
# the act whose number follows, no point: hu "az (EU) 2022/2472 bizottsági rendelet".
_BRACKET_LETTER = (
    r"(?P<BLET>\([ \u00a0]?(?!\p{Lu}{2}\)[ \u00a0]+\d)"
    r"(?P<blet>[^\W\d_]{1,2}|[ivx]{1,5})[ \u00a0]?\))"
)


# A comma, and a semicolon before a number: es "artículos 1, apartados 1 y 2; 5; 6" (the
# parser goes on over a semicolon only in a list of articles).
_SEPARATORS = r"(?P<COMMA>,)|(?P<SEMI>;(?=[ \u00a0]?\d))"


def _part_letter(art: Mapping[str, Any]) -> str:
    """A capital closed by a bracket right after a point word, or after another such
    capital and an "and" or a comma (nl "onder A) en C)", cs "písm. A) a C)"); never a
    Roman numeral closing a bracket elsewhere ("(… NOT LISTED IN ANNEX I)")."""
    points, ands = alternation(art["point"]), alternation(art["and"])
    after = rf"(?:{points})[ \t]{{1,3}}|\p{{Lu}}\)[ \t]{{0,2}}(?:,|{ands})?[ \t]{{0,3}}"
    return rf"(?P<PARTL>(?<={after})\p{{Lu}}\)(?![^\W_]))"


def token_pattern(
    language: Language, ordinal_phrases: list[str], point_letters: Mapping[str, str]
) -> FirstCharAlternation:
    """The lexer's pattern: one named group per role token, tried in this order, each
    branch with what it can start with (the lexer tries it at every token, so only
    the branches that can start with the character there are in the pattern)."""
    art = language.articles
    treaties = treaty_abbreviations(language.instruments)  # "11 a TEC": Article 11a
    words = {
        # Letters typed without their accent (sk "Clánok" for "Článok") are the
        # language files' unaccented_letters, matched by every phrase pattern.
        "RULE": language.section("rules")["words"],
        **{kind: art.get(key, []) for kind, key in _WORD_ROLES if key is not None},
    }
    roman_dot = r"(?:(?<=[ivx])\.(?=[ \t]))?" if art["ordinal_dot"] else ""
    # Marks that close a point letter besides ")": el "στοιχείο ζ'" (older style).
    point_close = "|".join([r"\)", *(regex.escape(m) for m in art.get("point_marks", []))])
    next_item, numeral = _next_item(art), _next_item(art, r"[IVX]{1,7}(?![^\W_])")
    numbered = alternation(language.section("acts").get("number_words", []))
    # et "lg-le 3", "p-s b": an abbreviation's case ending after a hyphen
    endings, glued = art.get("abbreviation_endings", []), art.get("glued_points", [])
    roman, end = roman_letters(), roman_numeral_end(art)
    bracket, digit, letter = frozenset("("), r"\d", r"[^\W\d_]"
    branches: list[tuple[str, Starts] | tuple[str, Starts, Pairs]] = [
        (_former_gloss(language), bracket),
        (r"(?P<BNUM>\(\s?(?P<bnum>\d{1,3}[a-z]?)\s?\))", bracket),
        (_BRACKET_LETTER, bracket),
        # A numbered point closed by a bracket: "article 4, point 8), du RGPD"
        (r"(?P<NUMP>(?P<nump>\d{1,3})\)(?!\w))", digit),
        (f"(?P<NUM>{number_pattern(art, point_letters, treaties)})", digit),
        (rf"(?P<LETP>(?P<letp>\p{{Ll}}{{1,2}}|[ivx]{{1,5}})(?:{point_close}))", r"\p{Ll}"),
        (_part_letter(art), r"\p{Lu}"),  # nl "onder A) en C)": parts (part_letters.py)
        # A point letter in quotes: bg "буква „е“" (point (f))
        (r"(?P<QLET>[„“\"«‘'](?P<qlet>\p{Ll}{1,2})[“”\"»’'])", frozenset("„“\"«‘'")),
        phrase_branch(f"(?P<ORD>{alternation(ordinal_phrases)})", ordinal_phrases),
        (_HYPHEN, frozenset("-–‑−‐—")),
        *unit_branches([(k, words[k]) for k, _ in _WORD_ROLES], numbered, endings, glued),
        phrase_branch(_descriptor(art, next_item), art.get("descriptors", [])),
        # A remark in brackets between list items: "Article 4(3), second subparagraph
        # ('opinions for internal use') and Article 4(1)(a)", also right before the next
        # item's number: "articles 45 and (subject to any permitted exemption) 101(1)",
        # or an annex's numeral: pl "załączników I (częściowo), II, III i IV".
        (rf"(?P<REMARK>\([^()\d\n]{{2,80}}\)(?={next_item}|{numeral}|[ \t]+\d))", bracket),
        (_SEPARATORS, frozenset(",;")),
        (rf"(?P<ROMAN>(?P<roman>[{roman}]{{1,7}}[a-z]?)(?![^\W_]){end})", frozenset(roman)),
        # a bare sub-point numeral too: de "Buchst. a Ziff. iv", with its ordinal dot
        # where the language writes one: hr "podtočka i.", hu "i. alpontja"
        (rf"(?P<LETTER>(?P<letter>{letter}|[ivx]{{2,5}})(?![^\W_]){roman_dot})", letter),
    ]
    return FirstCharAlternation(branches, regex.VERBOSE)


def comma_alone(lexer: FirstCharAlternation) -> bool:
    """Whether a comma is the lexer's COMMA token of one character wherever it stands:
    no branch tried before the separators' can start with one (da ", sammenholdt med"
    is an "and" word), so the lexer reads it without a regex call."""
    return lexer.branches_for(",") == [_SEPARATORS]


def former_words(code: str) -> list[str]:
    """The words that mark an article number as a former one ("ex", el "πρώην"), kept
    with the checker's data (data/check_codes.toml), which reads them for CR011."""
    words: list[str] = table("check_codes.toml")["former_article_words"].get(code, [])
    return words


def _former_gloss(language: Language) -> str:
    """The former number of the article just cited, in brackets and with no instrument
    of its own: "Article 108 (ex Article 88) TFEU", el "άρθρου 108 (πρώην άρθρο 88) της
    ΣΛΕΕ", fr "(ex-article 88)". It is not cited (the instrument after it is not the
    one it numbers), and the chain reaches over it to its instrument. The words are
    those that mark an old number for the checker (data/check_codes.toml)."""
    words = former_words(language.code)
    if not words:
        return "(?P<FORMER>(?!))"
    article = unit_words(language.articles["article"])
    return (
        rf"(?P<FORMER>\([ \u00a0]?(?:{alternation(words)})[ \u00a0\-‑–]*"
        rf"(?:(?:{article})[ \u00a0]*)?\d{{1,4}}[^\s()]{{0,3}}[ \u00a0]?\))"
    )


def _next_item(art: Mapping[str, Any], item: str | None = None) -> str:
    """The next list item: a separator, perhaps an article ("l'", "el"), then an
    article word or a number; or, with ``item``, a separator then ``item``."""
    both = alternation(art["and"])
    separator = rf"(?:\s*[,;]\s*(?:(?:{both})\s+)?|\s+(?:{both})\s+)"
    if item is not None:
        return separator + item
    return (
        rf"{separator}(?:(?:{alternation(art['determiners'])})\s+|[^\W\d]{{1,3}}['’]\s*)?"
        rf"(?:{alternation(art['article'])}|\d)"
    )


def _descriptor(art: Mapping[str, Any], next_item: str) -> str:
    """A descriptor between list items: "Article 4(3) on sincere cooperation, Article
    13(2) on the institutions and Article 17(1)", "Article 5 on the conferral of
    competences, subsidiarity and proportionality, Article 10(1) on representative
    democracy and Article 11": words (commas and "and" inside) up to a separator that
    the next article word or number follows."""
    if not art.get("descriptors"):
        return "(?P<DESC>(?!))"
    return rf"""(?P<DESC>(?:{alternation(art["descriptors"])})\s+
                (?:[^\W\d][\w'’-]*(?:\s*,\s*|\s+)){{0,16}}?[^\W\d][\w'’-]*
                (?={next_item}))"""


def recital_list(before: list[Token]) -> bool:
    """Whether a bracketed number goes on a recital word or the list of numbers after
    it ("Erwägungsgründe (3), (6)"), where it is a recital's number, no paragraph."""
    if not before or before[-1].kind not in ("RECITAL", "COMMA", "AND"):
        return False
    for tok in reversed(before):
        if tok.kind == "RECITAL":
            return True
        if tok.kind not in ("NUM", "COMMA", "AND"):
            return False
    return False


# A word split by a hyphen (lower case after its first letter), and the unit words it may be.
_SPLIT_WORD = lazy_pattern(r"([^\W\d_]\p{Ll}{1,19})-(\p{Ll}{2,20})(?![^\W\d_])")
_SPLIT_KINDS = frozenset({"ART", "PAR", "PARS", "PT", "SUB", "RECITAL", "ANNEX"})


# An article's number in an editor's square brackets with the instrument it has now: de
# "Artikel [45 EG]", fr "l'article [45 CE]" (a judgment quoting a text of older numbering).
_EDITED_NUMBER = lazy_pattern(r"\[(\d{1,3})(?=[ \t]\p{Lu}[\w.-]{0,10}\])")


def split_word(lexer: FirstCharAlternation, view: str, pos: int) -> Token | None:
    """A unit word split by a hyphen where a converted PDF broke its line and lost the
    break (fi "52 artiklan 1 koh-dassa"): the token of the word read whole, or None; an
    article's number in an editor's brackets (``_EDITED_NUMBER``): its number."""
    if view[pos : pos + 1] == "[" and (edited := _EDITED_NUMBER.match(view, pos)) is not None:
        return Token("NUM", edited.start(1), edited.end(1), edited[1])
    # most chain ends have no hyphen near: str.find answers before the regex is tried
    split = _SPLIT_WORD.match(view, pos) if view.find("-", pos + 2, pos + 21) >= 0 else None
    if split is None:
        return None
    joined = split[1] + split[2]
    m = lexer.match(joined, 0)
    if m is None or m.end() != len(joined) or m.lastgroup not in _SPLIT_KINDS:
        return None
    return Token(m.lastgroup, pos, split.end())


# The ending a stray space split off a unit word (ro "alineat ul (2)"), a number after it.
_WORD_ENDING = lazy_pattern(r"\p{Ll}{1,4}(?![^\W\d_])(?=[ \u00a0]\(?\d)")


def spaced_word(lexer: FirstCharAlternation, view: str, pos: int, last: Token) -> Token | None:
    """A unit word whose ending a single stray space split off (ro "articolul 189 alineat
    ul (2)", sk "odsek u 2"): the word ``last`` with its ending at ``pos`` when the two
    read together are a unit word of the same kind and a number follows, or None; a
    damaged word does not end the list."""
    if last.kind not in _SPLIT_KINDS or pos != last.end + 1 or view[last.end] != " ":
        return None
    ending = _WORD_ENDING.match(view, pos)
    if ending is None:
        return None
    joined = view[last.start : last.end] + ending[0]
    m = lexer.match(joined, 0)
    if m is None or m.end() != len(joined) or m.lastgroup != last.kind:
        return None
    return Token(last.kind, last.start, ending.end(), last.value, last.marked)
