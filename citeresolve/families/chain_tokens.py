"""The lexer's patterns for article chains, built from one language file's
[articles] table: which text is an article word, a number with its inserted
letter, a point letter, a descriptor between list items …, each a named group of
one pattern tried at every position of a chain (see :mod:`.articles`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import latin_suffixes
from ..model.numerals import roman_value
from ..text.branches import FirstCharAlternation, Pairs, Starts, phrase_branch, phrase_starts
from .chain_state import Token
from .spaced_letters import article_first_spaced_letter
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
    ("ANNEX", "annex"),
    ("NONCITE", "noncitable"),
    ("POSS", "possessive"),  # sl "drugi odstavek njenega 3. člena" (its Article 3(2))
)


@functools.cache
def _roman_lookalikes() -> dict[str, str]:
    """The Greek and Cyrillic look-alikes of Roman numerals' letters, each with its
    Latin letter: el "Παράρτημα ΙΙ" typed with iotas (a Greek text's folding keeps
    the word Greek)."""
    return {
        other: latin
        for pairs in table("homoglyphs.toml").values()
        for other, latin in pairs.items()
        if latin in "IVXLC"
    }


def roman_letters() -> str:
    """The letters a Roman numeral is written with, look-alikes included."""
    return "IVXLC" + "".join(_roman_lookalikes())


@functools.cache
def _lettered_annex() -> regex.Pattern[str]:
    return compile_pattern(rf"[ \u00a0](?![{roman_letters()}])\p{{Lu}}(?![^\W\d_])")


def lettered_annex(view: str, pos: int) -> bool:
    """Whether a capital letter that is no Roman numeral follows the annex word ending at
    ``pos``: a lettered annex (pt "o anexo A da Diretiva 96/98/CE"), which the annex
    grammar (Roman numerals or digits) does not key, and no single annex either."""
    return _lettered_annex().match(view, pos) is not None


def roman_annex_pattern(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """Number first, an annex in Roman numerals: lv "I pielikums", hu "II. melléklet",
    also a list of them: lt "I, II, IV ir V priedų", hu "I. és II. melléklet"."""
    numeral = r"[IVXLC]{1,7}\.?"
    joint = rf"(?:\s*,\s*|\s+(?:{alternation(art['and'])})\s+)"
    return compile_pattern(
        rf"(?<![^\W\d_]){numeral}(?:{joint}{numeral})*\s(?={alternation(art.get('annex', []))})"
    )


def roman_numeral(letters: str) -> str:
    """A Roman numeral read by the lexer, in Latin letters."""
    if letters.isascii():
        return letters
    return "".join(_roman_lookalikes().get(ch, ch) for ch in letters)


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


def token_pattern(
    language: Language, ordinal_phrases: list[str], point_letters: Mapping[str, str]
) -> FirstCharAlternation:
    """The lexer's pattern: one named group per role token, tried in this order, each
    branch with what it can start with (the lexer tries it at every token, so only
    the branches that can start with the character there are in the pattern)."""
    art = language.articles
    words = {
        # Letters typed without their accent (sk "Clánok" for "Článok") are the
        # language files' unaccented_letters, matched by every phrase pattern.
        "RULE": language.section("rules")["words"],
        **{kind: art.get(key, []) for kind, key in _WORD_ROLES if key is not None},
    }
    letter = r"[^\W\d_]"
    roman_dot = r"(?:(?<=[ivx])\.(?=[ \t]))?" if art["ordinal_dot"] else ""
    # Marks that close a point letter besides ")": el "στοιχείο ζ'" (older style).
    point_close = "|".join([r"\)", *(regex.escape(m) for m in art.get("point_marks", []))])
    next_item, numeral = _next_item(art), _next_item(art, r"[IVX]{1,7}(?![^\W_])")
    numbered = alternation(language.section("acts").get("number_words", []))
    # et "lg-le 3", "p-s b": an abbreviation's case ending after a hyphen
    endings = art.get("abbreviation_endings", [])
    roman, end = roman_letters(), roman_numeral_end(art)
    bracket, digit = frozenset("("), r"\d"
    branches: list[tuple[str, Starts] | tuple[str, Starts, Pairs]] = [
        (_former_gloss(language), bracket),
        (r"(?P<BNUM>\(\s?(?P<bnum>\d{1,3}[a-z]?)\s?\))", bracket),
        (_BRACKET_LETTER, bracket),
        # A numbered point closed by a bracket: "article 4, point 8), du RGPD"
        (r"(?P<NUMP>(?P<nump>\d{1,3})\)(?!\w))", digit),
        (f"(?P<NUM>{_number(art, point_letters)})", digit),
        (rf"(?P<LETP>(?P<letp>\p{{Ll}}{{1,2}}|[ivx]{{1,5}})(?:{point_close}))", r"\p{Ll}"),
        # A point letter in quotes: bg "буква „е“" (point (f))
        (r"(?P<QLET>[„“\"«‘'](?P<qlet>\p{Ll}{1,2})[“”\"»’'])", frozenset("„“\"«‘'")),
        phrase_branch(f"(?P<ORD>{alternation(ordinal_phrases)})", ordinal_phrases),
        (_HYPHEN, frozenset("-–‑−‐—")),
        *unit_branches([(kind, words[kind]) for kind, _ in _WORD_ROLES], numbered, endings),
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


# What may follow a number that goes on with no part of it (no inserted letter, Latin
# suffix, mark, dot or paragraph: each starts with a letter, white space or a dot) and
# is no numbered point ("3)"), besides the text's end. A space does before a word of
# small ASCII letters that is no Latin suffix (plain_number_end): after a space a part
# is a Latin suffix, a capital, or one letter and a space ("106 a artiklan").
_PLAIN_NUMBER_ENDS = frozenset(",;:/([- ")


def plain_number_ends(language: Language, lexer: FirstCharAlternation) -> frozenset[str]:
    """The characters ("" for the text's end) after one to four ASCII digits where the
    lexer's match is those digits alone, a NUM token: none when a branch other than
    the numbers' may start with a digit, or a mark with one of them."""
    marks = phrase_starts(language.articles["article_marks"])
    if marks is None or not all(map(_ASCII_LOWER.issuperset, _LATIN_SUFFIXES)):
        return frozenset()
    for digit in "0123456789":
        branches = lexer.branches_for(digit)
        if len(branches) != 2 or not (
            branches[0].startswith("(?P<NUMP>") and branches[1].startswith("(?P<NUM>")
        ):
            return frozenset()
    return (_PLAIN_NUMBER_ENDS - marks) | {""}


_ASCII_DIGITS = frozenset("0123456789")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_LATIN_SUFFIXES = frozenset(latin_suffixes())


def plain_number_end(view: str, pos: int, ends: frozenset[str]) -> int:
    """Where the lexer's match at ``pos`` ends when it is one to four ASCII digits alone,
    followed by one of ``ends`` (:func:`plain_number_ends`); 0 when it may be anything
    else (a Latin suffix after a space or a hyphen: "45 bis", "45-bis")."""
    end = pos
    while end - pos < 4 and view[end : end + 1] in _ASCII_DIGITS:
        end += 1
    after = view[end : end + 1]
    if end == pos or after not in ends:
        return 0
    if after not in " -":
        return end
    word_end = end + 1
    while view[word_end : word_end + 1] in _ASCII_LOWER:
        word_end += 1
    word = view[end + 1 : word_end]
    return end if (len(word) >= 2 or after == "-") and word not in _LATIN_SUFFIXES else 0


def _number(art: Mapping[str, Any], point_letters: Mapping[str, str]) -> str:
    """An article number: its inserted letter, a paragraph joined by a dot ("322.1"),
    and the mark or dot that may close it."""
    # Marks stand glued to the number ("1er", "3.º"): no word boundary before them; the
    # word's end after them is asked below, where an inserted article's capital may follow.
    marks = (
        alternation(art["article_marks"]).replace(r"(?<!\w)", "").replace(r"(?![^\W\d])", "")
        if art["article_marks"]
        else r"(?!)"
    )
    dot = r"\.(?!\d)" if art["ordinal_dot"] else r"(?!)"
    # ... and the point a dot joins to it, es "artículo 6.1.c)", "artículo 2.a)" (after no
    # paragraph only with its bracket); three levels are a point's number ("point 3.6.5")
    dot_paragraph = (
        r"(?:\.\d{1,3}){2,}(?!\.?\d)|(?:\.(?P<dotpar>\d{1,3})(?!\d))?"
        r"(?:\.(?P<dotpt>[a-z])(?(dotpar)\)?(?![^\W\d_])|\)))?"
        if art.get("dot_paragraph")
        else r"(?P<dotpar>(?!))(?P<dotpt>(?!))"
    )
    # A stray dot after the number, before the paragraph or point word that goes on
    # with the reference: cs "čl. 168. odst. 4 písm. b)".
    goes_on = unit_words([*art["paragraph"], *art["paragraphs"], *art["point"]])
    stray_dot = rf"\.(?=[ \u00a0](?:{goes_on}))"
    # An inserted article's capital after the mark, hyphenated or glued to it: pt
    # "artigo 59.º-A", older texts "artigo 130ºS" (Articles 59a, 130s).
    # A mark that ends with a letter ("º", "er") ends a word; "°" may touch the next.
    marked_letter = r"(?:[-‑]?(?P<msuffix>[A-Z])(?![^\W\d_])(?![-‑/])|(?<![^\W\d])|(?![^\W\d]))"
    return (
        rf"(?P<num>\d{{1,4}})(?:{_inserted_letter(art, point_letters)})?"
        rf"(?:{dot_paragraph})?(?:(?P<mark>{marks}){marked_letter}|{dot}|{stray_dot})?"
    )


def _inserted_letter(art: Mapping[str, Any], point_letters: Mapping[str, str]) -> str:
    """The letter of an inserted article ("Article 73b", "149а", "74.a", "73 B", "106 a
    artiklan") or its Latin suffix ("10 bis", also after a hyphen: it "art. 45-bis")."""
    # An inserted article's letter may be written in the language's own script
    # (bg "член 149а"): the point letters map it to Latin.
    own = "".join(regex.escape(k) for k in point_letters if len(k) == 1)
    suffix_letter = f"[a-z{own}]"
    # With ordinal dots the letter of an inserted article may follow the dot (lv "74.a").
    dot_letter = (
        r"|\.(?P<dsuffix>[a-z])(?![^\W\d_])" if art["ordinal_dot"] else r"|(?P<dsuffix>(?!))"
    )
    # Older texts write an inserted article's letter as a spaced capital: da "EF-traktatens
    # artikel 73 B, artikel 73 C, stk. 1" (English "Article 73b").
    # Not before a number: in "ARTICOLI 43 E 113" the capital is the word "and".
    # Where a Roman numeral after the number is its paragraph (de "Art. 12 I GG"), no
    # spaced capital that is a numeral is a letter.
    numeral = r"(?![IVXLC](?![^\W\d_]))" if art.get("pin_numerals") else ""
    # ... also in the language's own script, read as its letter attached is (el "άρθρο 100
    # Α" as "άρθρο 100α", Article 100a).
    own_capitals = "".join(regex.escape(k.upper()) for k in point_letters if len(k) == 1)
    capital = (
        rf"|[ \u00a0]{_not_a_capital_word(art)}{numeral}"
        rf"(?P<csuffix>[A-Z{own_capitals}])(?![^\W\d_])(?![-‑/.])(?!\s?\d)"
    )
    # Number first, the letter may stand apart before the article word or the list's next
    # number: fi "perustamissopimuksen 106 a artiklan" (106a), "19 a ja 29 a artiklaa".
    spaced = (
        rf"|[ \u00a0](?P<ssuffix>[a-z])(?:[ \u00a0](?=(?:{unit_words(art['article'])}))"
        rf"|(?=,?[ \u00a0](?:{alternation(art['and'])})[ \u00a0]\d|,[ \u00a0]\d))"
        if art["number_first"]
        else article_first_spaced_letter(art)
    )
    latin = "|".join(latin_suffixes())
    return (
        rf"(?P<suffix>{suffix_letter}(?![^\W\d_])|(?:\s|-)?(?:{latin})(?!\w)(?!\s?\d))"
        rf"{dot_letter}{capital}{spaced}"
    )


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


# The roles whose one-letter words may follow an article number: da "i" (of), it "e"
# (and), es "y" (and), cs "a" (and), ro "a" (of) …
_LINK_ROLES = ("and", "of", "range", "determiners")


def _not_a_capital_word(art: Mapping[str, Any]) -> str:
    """Text in capitals writes the language's one-letter words as capitals too: in da
    "ARTIKEL 258, 259 OG 260 I TEUF" the "I" is "i" (of), not Article 260i. The
    letter is such a word when capitals stand before the number and an upper-case
    word follows that is no "of" word ("ARTICOLO 100 A DEL TRATTATO" is Article
    100a); lower-case text keeps reading "artikel 73 B" as an inserted article."""
    letters = sorted(
        {
            w.strip().casefold()
            for role in _LINK_ROLES
            for w in art.get(role, [])
            if len(w.strip()) == 1 and w.strip().isalpha()
        }
    )
    if not letters:
        return ""
    of = alternation(art["of"]) if art["of"] else r"(?!)"
    return (
        rf"(?!(?<=\p{{Lu}}{{2}}[\s,.]{{1,3}}\d{{1,4}}[ \u00a0])"
        rf"(?i:{'|'.join(regex.escape(ch) for ch in letters)})[ \u00a0]+"
        rf"(?!(?:{of})(?![^\W\d_]))\p{{Lu}}{{2}})"
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
