"""The chain lexer's pattern of an article number: its inserted letter ("73b", "149а",
"73 B", "10 bis"), the paragraph and point a dot joins to it ("322.1", "6.1.c)"),
and the mark or dot that closes it ("1er", "3.º", hr "članak 3.")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import regex

from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern
from ..knowledge.registry import latin_suffixes
from .spaced_letters import article_first_spaced_letter
from .unit_words import unit_words


def number_pattern(
    art: Mapping[str, Any], point_letters: Mapping[str, str], treaties: Sequence[str] = ()
) -> str:
    """An article number: its inserted letter, a paragraph joined by a dot ("322.1"),
    and the mark or dot that may close it; ``treaties``: the Treaties' abbreviations
    (:func:`.spaced_letters.treaty_abbreviations`)."""
    # Marks stand glued to the number ("1er", "3.º"), or raised by a caret in text
    # converted from superscripts ("1^er", "5.^º"): no word boundary before them; the
    # word's end after them is asked below, where an inserted article's capital may follow.
    marks = (
        alternation(art["article_marks"]).replace(r"(?<!\w)", "").replace(r"(?![^\W\d])", "")
        if art["article_marks"]
        else r"(?!)"
    )
    dot = r"\.(?!\d)" if art["ordinal_dot"] else r"(?!)"
    # ... and the point a dot joins to it, es "artículo 6.1.c)", "artículo 2.a)" (after no
    # paragraph only with its bracket); three levels are a point's number ("point 3.6.5")
    # A data-protection authority's French writes the dots as hyphens, with all three
    # levels: "article 5-1-e) du RGPD" (a hyphen between two numbers alone is a range).
    dot_paragraph = (
        r"(?:\.\d{1,3}){2,}(?!\.?\d)"
        r"|-(?P<dotpar>\d{1,3})-(?P<dotpt>[a-z])(?:\)|(?![^\W\d_]))"
        r"|(?:\.(?P<dotpar>\d{1,3})(?!\d))?"
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
    # pt "artigo 82.º/2", "artigo 6.º/1/f": the paragraph (and point) a slash joins to
    # the article's mark (slash_paragraph); no act's number, which has no mark
    slash = (
        r"(?:/(?P<dotpar>\d{1,3})(?![\d/])|/(?P<dotpar>\d{1,3})/(?P<dotpt>[a-z])\)?(?![^\W\d_/]))?"
        if art.get("slash_paragraph")
        else ""
    )
    return (
        rf"(?P<num>\d{{1,4}})(?:{_inserted_letter(art, point_letters, treaties)})?"
        rf"(?:{dot_paragraph})?(?:(?:\.?\^)?(?P<mark>{marks}){marked_letter}{slash}|{dot}|{stray_dot})?"
    )


def _inserted_letter(
    art: Mapping[str, Any], point_letters: Mapping[str, str], treaties: Sequence[str]
) -> str:
    """The letter of an inserted article ("Article 73b", "149а", "74.a", "73 B", "106 a
    artiklan") or its Latin suffix ("10 bis", also after a hyphen: it "art. 45-bis")."""
    # An inserted article's letter may be written in the language's own script
    # (bg "член 149а"): the point letters map it to Latin.
    own = "".join(regex.escape(k) for k in point_letters if len(k) == 1)
    # A mark that is one letter (pt, es "artigo 5o", "100o e 101o": the ordinal "º"
    # flattened to a letter by a conversion) closes the number and is no inserted letter.
    letter_marks = "".join(m for m in art["article_marks"] if len(m) == 1 and m.isalpha())
    not_a_mark = rf"(?![{letter_marks}](?![^\W\d_]))" if letter_marks else ""
    suffix_letter = f"{not_a_mark}[a-z{own}]"
    # With ordinal dots the letter of an inserted article may follow the dot (lv "74.a").
    dot_letter = (
        r"|\.(?P<dsuffix>[a-z])(?![^\W\d_])" if art["ordinal_dot"] else r"|(?P<dsuffix>(?!))"
    )
    # Older texts write an inserted article's letter as a spaced capital: da "artikel 73 B,
    # artikel 73 C, stk. 1" (73b); not before a number ("ARTICOLI 43 E 113": "and").
    # Where a Roman numeral after the number is its paragraph (de "Art. 12 I GG"), no
    # spaced capital that is a numeral is a letter.
    numeral = r"(?![IVXLC](?![^\W\d_]))" if art.get("pin_numerals") else ""
    # ... also in the language's own script (el "άρθρο 100 Α" as "άρθρο 100α", 100a).
    own_capitals = "".join(regex.escape(k.upper()) for k in point_letters if len(k) == 1)
    # ... or glued, in its own script only (el "άρθρων 9Δ και 9Ε": 9d, 9e; Latin: a label)
    glued = (
        rf"|(?P<csuffix>[{own_capitals}])(?![^\W\d_])(?![-‑/.])(?!\s?\d)" if own_capitals else ""
    )
    capital = (
        rf"|[ \u00a0]{_not_a_capital_word(art)}{numeral}"
        rf"(?P<csuffix>[A-Z{own_capitals}])(?![^\W\d_])(?![-‑/.])(?!\s?\d){glued}"
    )
    # Number first, the letter may stand apart before the article word or the list's next
    # number: fi "perustamissopimuksen 106 a artiklan" (106a), "19 a ja 29 a artiklaa".
    spaced = (
        rf"|[ \u00a0](?P<ssuffix>[a-z])(?:[ \u00a0](?=(?:{unit_words(art['article'])}))"
        rf"|(?=,?[ \u00a0](?:{alternation(art['and'])})[ \u00a0]\d|,[ \u00a0]\d))"
        if art["number_first"]
        else article_first_spaced_letter(art, treaties)
    )
    latin = "|".join(latin_suffixes())
    # "bis" before the next article word is the range word: de "von Artikel 101 bis
    # Artikel 109" (article_ranges), never Article 101bis.
    word_after = rf"(?![ \u00a0]+(?:{unit_words(art['article'])}))"
    return (
        rf"(?P<suffix>{suffix_letter}(?![^\W\d_])|(?:\s|-)?(?:{latin})(?!\w)(?!\s?\d){word_after})"
        # a capital glued to the number before its paragraph's bracket: "Article 13A(1)(b)"
        r"|(?P<gsuffix>[A-Z])(?=\(\d{1,3}\)|\([a-z]\))"
        rf"{dot_letter}{capital}{spaced}{_part_letter(art, own_capitals)}"
    )


def part_letter_pattern(
    art: Mapping[str, Any], point_letters: Mapping[str, str]
) -> regex.Pattern[str]:
    """The part letter of :func:`_part_letter` alone, matched right after the digits:
    where it stands the digits are no plain number (the lexer's fast path)."""
    own_capitals = "".join(regex.escape(k.upper()) for k in point_letters if len(k) == 1)
    return deferred_pattern(_part_letter(art, own_capitals)[1:])


def _part_letter(art: Mapping[str, Any], own_capitals: str) -> str:
    """The part of an article its capital letter names, read as an inserted article's
    letter (the Sixth VAT Directive's "Article 13A(1)(b)"): after a part word (da
    "artikel 13, punkt A, stk. 1", de "Art. 13 Teil A Abs. 1", pl "art. 13 część A ust.
    1", bg "член 13, част А, параграф 1") or bare between commas before a paragraph or
    point word (fr "article 13, A, paragraphe 1", nl "artikel 13, A, lid 1")."""
    goes_on = unit_words([*art["paragraph"], *art["paragraphs"], *art["point"]])
    parts = art.get("article_parts", [])
    word = rf"(?:,?[ \u00a0](?:{alternation(parts)})[ \u00a0])" if parts else r"(?!)"
    return (
        rf"|(?:{word}|,[ \u00a0](?=[A-Z{own_capitals}],[ \u00a0](?:{goes_on})))"
        rf"(?P<psuffix>[A-Z{own_capitals}])(?![^\W\d_])(?![-‑/.]\d)"
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
