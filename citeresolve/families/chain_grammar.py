"""The chain grammar: role tokens in, cited units out.

A chain such as "Articles 2, 3(5) and 21", "artikel 3, lid 5, onder c)",
"5. cikkének (5) bekezdése" or "Annex I, Article 3(5)" is a sequence of role
tokens (made by the lexer in :mod:`articles` from the language file).  The
parser reads them left to right with one small handler per token kind; the
handlers share a little state (the units so far, numbers waiting for their
noun, a paragraph or points read before their article).  Nothing here knows a
language: word orders come in as flags, words as token kinds.

What the grammar recognises:

* units: an article (or range) with its paragraph and points, a recital, an
  annex (and articles nested under it);
* lists and ranges: "," and the language's "and" words separate units, its
  "to" words and hyphens make ranges, points lists give one unit per point;
* prefaces: a paragraph or point named before its article ("paragraph 2 of
  Article 6", "n.º 2 do artigo 6.º", "point (a) of Article 218(6)");
* number-first languages (fi, hu, lt, lv): numbers wait until the noun after
  them says what they are;
* filler that does not end a list: subparagraphs and sentences (dropped),
  non-citable units such as titles and chapters, and descriptors ("on sincere
  cooperation").

This module holds the driver; the handlers are in :mod:`.chain_units` (unit
words, numbers), :mod:`.chain_lists` (separators, ranges, paragraph lists),
:mod:`.chain_details` (paragraphs, subdivisions), :mod:`.chain_points` (points) and
:mod:`.chain_ordinals` (ordinals), the values and shared state in :mod:`.chain_state`.
"""

from __future__ import annotations

from collections.abc import Callable

from .chain_details import DetailHandlers
from .chain_lists import ListHandlers
from .chain_state import PASS_OVER, POINT_VALUES, REPEATED, Chain, Token, Unit
from .chain_units import UnitHandlers

__all__ = ["REPEATED", "Chain", "ChainParser", "Token", "Unit", "parse_chain"]

# Which handler reads a token of each kind, by name: a table of bound methods built
# for every parser cost more than the parsing of a short chain.
_HANDLERS: dict[str, str] = {
    "ART": "_on_article_word",
    "RULE": "_on_article_word",
    "RECITAL": "_on_unit_word",
    "ANNEX": "_on_unit_word",
    "NUM": "_on_number",
    "BNUM": "_on_bracketed_number",
    "BLET": "_on_bracketed_letter",
    "PAR": "_on_paragraph_word",
    "PARS": "_on_paragraph_word",
    "ORD": "_on_ordinal",
    "LAST": "_on_last",
    "POS": "_on_subdivision_word",
    "SUB": "_on_subdivision_word",
    "PT": "_on_point_word",
    "LETP": "_on_letter",
    "LETTER": "_on_letter",
    "AND": "_on_separator",
    "COMMA": "_on_separator",
    "SEMI": "_on_semicolon",
    "RANGE": "_on_range",
    "FROM": "_on_range_from",
    "OF": "_on_of",
    "NONCITE": "_on_noncitable",
    "ROMAN": "_on_roman",
    "SEQ": "_on_following",
    "FORMER": "_on_following",
    "SENT": "_on_following",
}


class ChainParser(UnitHandlers, DetailHandlers, ListHandlers):
    """Reads one run of tokens into a :class:`Chain` (see :func:`parse_chain`).

    Each ``_on_KIND`` handler looks at the token at ``self.i`` and returns the
    index of the next token to read, or ``None`` when the chain has ended.
    """

    def parse(self) -> Chain | None:
        # The loop keeps the index, the tokens and the handlers in locals (a lookup on
        # ``self`` per token cost as much as a short handler); handlers read ``self.i``.
        tokens, n, i = self.tokens, self.n, self.i
        handlers = _handlers_of(type(self))
        while i < n:
            tok = tokens[i]
            if tok.kind in PASS_OVER:
                i += 1
                continue
            handler = handlers.get(tok.kind)
            if handler is None:
                break
            self.i = i
            following = handler(self, tok, tokens[i + 1] if i + 1 < n else None)
            if following is None:
                break
            i = following
        self.i = i
        if not self.units:
            return self._points_only()
        if self.annex_of_articles is not None and i < n and tokens[i].kind == "OF":
            return None  # "the Annex, Article 5 of Regulation …": the act's own article
        units = self.units
        return Chain(units, units[0].start, max(self.last_end, units[-1].end), self.rules)

    def _points_only(self) -> Chain | None:
        """ "lit. b) i c) tego ustępu", "points (b) and (c) of that paragraph": points with
        no article of their own, one unit each (article empty); attach gives them the
        paragraph an anaphor after them names, or nothing."""
        if (
            not self.preface_points
            or self.number_first
            or self.preface_paragraph is not None
            or self.preface_point_range  # "points (a) to (c) of that paragraph"
        ):
            return None
        start = self.tokens[0].start
        end = max(t.end for t in self.tokens[: self.i] if t.kind in POINT_VALUES)
        units = [Unit("", start, end, None, [p]) for p in self.preface_points[-1:]]
        units += [Unit("", start, end, None, [p]) for p in self.preface_alternatives]
        return Chain(units, start, end, False)


_Handler = Callable[[ChainParser, Token, Token | None], int | None]


_HANDLERS_OF: dict[type[ChainParser], dict[str, _Handler]] = {}


def _handlers_of(parser: type[ChainParser]) -> dict[str, _Handler]:
    """Token kind -> the function of ``parser`` (a subclass may override one) that reads it."""
    found = _HANDLERS_OF.get(parser)
    if found is None:
        found = _HANDLERS_OF[parser] = {k: getattr(parser, name) for k, name in _HANDLERS.items()}
    return found


def parse_chain(
    tokens: list[Token], *, number_first: bool, article_word_seen: bool = False
) -> Chain | None:
    """Turn role tokens into a chain of units; None when they cite nothing.

    ``article_word_seen`` reads a list that continues after an article word
    further back, so that the first number is an article.
    """
    if not tokens:
        return None
    parser = ChainParser(tokens, number_first=number_first, article_word_seen=article_word_seen)
    return parser.parse()
