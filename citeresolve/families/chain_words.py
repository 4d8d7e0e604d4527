"""The chain lexer's tokens of words (:mod:`.articles` reads the numbers): a word's
role where its neighbours decide it, and where white space ends a chain."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex
from attrs import frozen

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import lazy_pattern
from .chain_grammar import REPEATED, Token
from .chain_state import COUNTED

__all__ = [
    "WordRules",
    "dotted_paragraph",
    "gap_ends_chain",
    "numbers_before_pattern",
    "numbers_before_tokens",
    "trigger_words",
    "word_token",
]


_ARTICLE_WORDS = frozenset({"ART", "RULE"})
# The tokens a point word written after its point follows: lt "f p.", "1 p.".
_POINT_VALUES = frozenset({"NUM", "LETTER", "LETP", "BLET", "BNUM", "QLET"})
# A number its bracket closes, after a word: a numbered point ("n. 8)").
_CLOSED_NUMBER = lazy_pattern(r"[ \t\u00a0]*\d{1,3}\)(?!\w)")


@frozen
class WordRules:
    """What a language's lexer tells :func:`word_token`."""

    latin: Callable[[str], str]  # a point letter in Latin letters
    bare_letters: bool  # points are bare letters (sv "artikel 153.1 i")
    plural_articles: frozenset[str]  # the article word's plurals, case-folded
    # Paragraph words that are point words too (it "n."), case-folded: the paragraph
    # right after an article ("art. 86, n. 2, CE"), the point before a number its
    # bracket closes ("articolo 4, paragrafo 1, n. 8)").
    point_paragraphs: frozenset[str] = frozenset()
    # Plural paragraph words that stand for one paragraph too (de "Abs.", cs "odst."),
    # case-folded: their token's value says so.
    either_paragraphs: frozenset[str] = frozenset()
    # The point words written only after their point's letter or number, case-folded (a
    # chain ends at them elsewhere): lt "p." ("6 str. 1 d. f p."), which before a number
    # is the Official Journal's page ("(OL L 283, 2008, p. 36) 8 straipsnį").
    point_after: frozenset[str] = frozenset()
    # The plural point words (it "punti"), case-folded: their token's value says so.
    plural_points: frozenset[str] = frozenset()
    # The "and" words, case-folded: a bare letter before one and a number is a point of a
    # list (sv "artikel 4.2 i och 4.2 viii"), never "of".
    and_words: frozenset[str] = frozenset()
    # The subparagraph words that count a Treaty's unnumbered paragraph but an act's
    # subparagraph (``treaty_subparagraph``), case-folded: their token's value says so.
    treaty_subparagraphs: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, art: Mapping[str, Any], latin: Callable[[str], str], plurals: frozenset[str]
    ) -> WordRules:
        """The rules of the language whose ``[articles]`` table is ``art``."""
        points = {w.casefold() for w in art["point"]}
        both = frozenset(w.casefold() for w in art["paragraph"] if w.casefold() in points)
        either = frozenset(w.casefold() for w in art.get("paragraph_either", []))
        after = frozenset(w.casefold() for w in art.get("point_after", []))
        points_plural = frozenset(w.casefold() for w in art.get("point_plural", []))
        bare = art.get("bare_point_letters", False)
        ands = frozenset(w.casefold() for w in art.get("and", []))
        counted = frozenset(w.casefold() for w in art.get("treaty_subparagraph", []))
        return cls(latin, bare, plurals, both, either, after, points_plural, ands, counted)

    def ends_chain(self, view: str, kind: str, span: tuple[int, int], before: list[Token]) -> bool:
        """Whether the chain ends before this word: an article word right after another
        ("Article Article": no chain, and hostile runs stay linear), or a point word
        that only follows its point (``point_after``) where no point's letter or number
        is right before it (lt "(OL L 283, 2008, p. 36)": the page)."""
        if kind == "LPREP":  # a list preposition the first article word did not follow
            return not (before and before[0].kind == "ART" and _repeated(view, before[0], span))
        if kind in _ARTICLE_WORDS:
            return bool(before) and (
                before[-1].kind in _ARTICLE_WORDS or _heading_above(view, before, span[0])
            )
        return (
            kind == "PT"
            and view[span[0] : span[1]].casefold() in self.point_after
            and not (before and before[-1].kind in _POINT_VALUES)
        )


def _heading_above(view: str, before: list[Token], start: int) -> bool:
    """Whether an article word that opens a line, perhaps after a determiner, follows
    a number that ends the line above with no comma or "and" between: a bill's heading
    "Artikel 2.2" then "De artikelen 5 tot en met 7 van de richtlijn …", en "Article 7"
    then "Article 5 of Directive …". The heading is a provision of its own, not the
    first unit of a list (a wrapped chain goes on with its connector or a lower-case
    word, de "Artikel 8 Absatz 1" then "Buchstabe b")."""
    opening = start
    if before[-1].kind == "DET" and len(before) >= 2:
        opening = before[-1].start
        before = before[:-1]
    last = before[-1]
    gap = view[last.end : opening]
    return last.kind in _POINT_VALUES and "\n" in gap and not gap.strip()


def word_token(
    view: str, kind: str, span: tuple[int, int], before: list[Token], rules: WordRules
) -> Token:
    """A word's token; right after a point word an "and" of one lower-case letter is
    the point itself (it "lett. e", pt "alínea e", sk "písm. a", bg "буква и"), and
    where points are bare letters an "of" of one letter right after a dotted paragraph
    that no word follows (sv "artikel 153.1 i," is point (i), "artikel 153.1 i fördraget"
    is "of the Treaty"). A plural article word says so in its value ("Articles 3
    paragraph 1 and 5": the 5 is an article, "Article 83 paragraph 1 and 2" a paragraph)."""
    start, end = span
    bare = _bare_letter(view, kind, span, before, rules)
    if bare and _and_number_follows(view, end, rules.and_words):
        return Token("LETP", start, end, rules.latin(view[start]))
    if kind == "OF" and before and before[0].kind == "ART" and _repeated(view, before[0], span):
        return Token(kind, start, end, REPEATED)
    if kind == "LPREP":  # repeated, or the chain would have ended before it: read as "of"
        return Token("OF", start, end, REPEATED)
    if kind == "RANGE" and _repeats_range_word(view, before, span):
        return Token("OF", start, end, REPEATED)
    if (
        kind == "PAR"
        and view[start:end].casefold() in rules.point_paragraphs
        and _CLOSED_NUMBER.match(view, end) is not None
    ):
        return Token("PT", start, end)
    if bare and not view[end : end + 8].lstrip(" \t")[:1].isalnum():
        return Token("LETP", start, end, rules.latin(view[start]))
    point = kind == "AND" and end - start == 1 and view[start].islower()
    if point and before and before[-1].kind == "PT":
        # hr "podtočka i. Direktive": a sub-point numeral's ordinal dot is its own
        dot = view[start] in "ivx" and view[end : end + 1] == "." and view[end + 1 : end + 2] == " "
        return Token("LETTER", start, end + 1 if dot else end, rules.latin(view[start]))
    if kind == "PT" and view[start:end].casefold() in rules.plural_points:
        return Token(kind, start, end, "plural")
    if kind == "ART" and view[start:end].casefold() in rules.plural_articles:
        return Token(kind, start, end, "plural")
    if kind == "PARS" and view[start:end].casefold() in rules.either_paragraphs:
        return Token(kind, start, end, "either")
    if kind in ("POS", "SUB") and view[start:end].casefold() in rules.treaty_subparagraphs:
        return Token(kind, start, end, COUNTED)
    return Token(kind, start, end)


def _bare_letter(
    view: str, kind: str, span: tuple[int, int], before: list[Token], rules: WordRules
) -> bool:
    """Whether the "of" word at ``span`` is one lower-case letter right after a dotted
    paragraph, where points are bare letters: a point or "of" (sv "i")."""
    start, end = span
    return (
        rules.bare_letters
        and kind == "OF"
        and end - start == 1
        and view[start].islower()
        and bool(before)
        and dotted_paragraph(before)
    )


def _and_number_follows(view: str, end: int, and_words: frozenset[str]) -> bool:
    """Whether an "and" word and a number follow ``end``: the preposition "i" ("in")
    never stands before "and", so there the letter is a point of a list (sv "artikel
    4.2 i och 4.2 viii i förordning")."""
    words = view[end : end + 32].split(maxsplit=2)
    if len(words) < 2 or words[0].casefold() not in and_words:
        return False
    # the next point's paragraph ("4.2 viii") or the next numeral ("i och ii")
    return words[1][:1].isdigit() or regex.fullmatch(r"[ivx]+", words[1].rstrip(",")) is not None


# A word in lower case after a blank line: the sentence goes on (a point "a)" or "ii)"
# is no word here; a new paragraph starts with a capital, a number or a dash).
_LOWER_WORD = lazy_pattern(r"\p{Ll}+[ \t]+\p{L}")
# Words that a chain never ends with: their number follows, also after a blank line.
_WAITING_WORDS = frozenset({"PAR", "PARS"})


def gap_ends_chain(view: str, last: Token, start: int, end: int) -> bool:
    """Whether the white space from ``start`` to ``end`` after the token ``last`` ends
    the chain: a blank line ("artikel 226,\n\n1.  vedtager ..."), or a line break
    after a comma before a bracket ("… jego art. 58 i 61,\n(1) Systemy …": a recital's
    number, no paragraph)."""
    if view.count("\n", start, end) >= 2:
        # ... but not between a paragraph word and its number (a page break in a
        # converted PDF: el "άρθρου 122 παρ.\n\n2 ΣΛΕΕ"), or between an article word
        # and its number (da "artikel\n\n101 eller 102 i traktaten"), unless the
        # number is a numbered paragraph's own ("… of this Article\n\n2. Member …")
        number = regex.match(r"\d+[.)]?", view[end : end + 12])
        if last.kind == "COMMA" and _LOWER_WORD.match(view, end):
            return False  # a wrapped visa: es "su artículo 53, apartado 1,\n\nsu artículo 62"
        if number is None or last.kind not in _WAITING_WORDS | {"ART"}:
            return True
        return last.kind == "ART" and number.group().endswith((".", ")"))
    return last.kind == "COMMA" and view[end : end + 1] == "(" and "\n" in view[start:end]


def _repeated(view: str, first: Token, span: tuple[int, int]) -> bool:
    """Whether the "of" word at ``span`` repeats the word right before the chain's first
    article word (it "violazioni dell'articolo 4, …, dell'articolo 5", en "of Article
    4(1), of Article 5(2)"): the preposition of a list that goes on."""
    word = view[span[0] : span[1]].casefold()
    lead = view[max(0, first.start - len(word) - 1) : first.start].casefold().rstrip()
    return lead.endswith(word.rstrip()) and not lead[: -len(word.rstrip())][-1:].isalpha()


def _repeats_range_word(view: str, before: list[Token], span: tuple[int, int]) -> bool:
    """Whether the range word at ``span``, after a list's comma or "and", begins the words
    before the next article word that repeat those before the first (fr "à l'article
    43, à l'article 218 … du traité": "à" is the list's preposition, no range's "to")."""
    if len(before) < 2 or before[0].kind != "ART" or before[-1].kind not in ("COMMA", "AND"):
        return False
    word = view[before[0].start : before[0].end].casefold()
    nxt = view.casefold().find(word, span[1], span[1] + 8 + len(word))
    return nxt > span[1] and _repeated(view, before[0], (span[0], nxt))


def dotted_paragraph(before: list[Token]) -> bool:
    """Whether the chain so far ends with a paragraph joined by a dot ("2.1", the
    article number's token ends where it ends): a letter after it is a point, never an
    inserted article's (sv/da/en "artikel 2.1 c" is 2(1)(c))."""
    return len(before) >= 2 and before[-1].kind == "BNUM" and before[-2].end == before[-1].end


def numbers_before_pattern(art: Mapping[str, Any]) -> regex.Pattern[str] | None:
    """Paragraph numbers with no paragraph word, after a determiner and before the
    "of" that leads to the article word (fr "aux 5 et 6 de l'", "le 1 de l'"): the
    determiner (group ``det``) and the numbers (``nums``), ending where the article
    word starts; None for a language that does not cite paragraphs so."""
    words = art.get("paragraph_number_before", [])
    if not words:
        return None
    of = alternation(art["of"])
    number = r"\d{1,2}(?![\d/])"
    # A point letter may stand before them, with a determiner of its own (fr "au b du
    # 1 de l'article 6": point (b) of paragraph 1).
    letter = rf"(?:(?P<letter>[a-z])\)?[ \u00a0]+(?P<lof>{alternation(words)})[ \u00a0]+)?"
    return compile_pattern(
        rf"(?<![^\W\d_])(?P<det>{alternation(words)})[ \u00a0]+{letter}"
        rf"(?P<nums>{number}(?:[ \u00a0]*(?:,|{alternation(art['and'])})[ \u00a0]*{number}){{0,5}})"
        rf"[ \u00a0]+(?:{of})[ \u00a0]*(?:l['’][ \u00a0]*)?\Z"
    )


def numbers_before_tokens(before: regex.Match[str]) -> list[Token]:
    """The tokens a match of :func:`numbers_before_pattern` stands for before its
    numbers: a paragraph word (the span starts at the numbers), after the point letter
    and its "of" where one stands first ("au b du 1": "point b du paragraphe 1")."""
    at = before.start("nums")
    paragraph = Token("PAR", at, at)
    if before["letter"] is None:
        return [paragraph]
    start, end = before.span("letter")
    return [
        Token("PT", start, start),
        Token("LETTER", start, end, before["letter"]),
        Token("OF", *before.span("lof")),
        paragraph,
    ]


def trigger_words(language: Language, ordinal_phrases: list[str]) -> list[str]:
    """The words a chain may start with."""
    art = language.articles
    return list(
        art["article"]
        + language.section("rules")["words"]
        + ordinal_phrases
        + art["point"]
        + art["paragraph"]
        + art.get("paragraphs", [])  # hr "stavka 3. članka 6." (also singular)
        + art.get("position", [])  # it "comma 4 dell'articolo 12": a preface
        + art.get("recital", [])
        + art.get("annex", [])
    )
