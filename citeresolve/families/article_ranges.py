"""A range of articles written with its article word twice: "from Article 101 to
Article 109", de "von Artikel 101 bis Artikel 109", fr "de l'article 101 à l'article
109", es "del artículo 5 al artículo 9", it "dall'articolo 5 all'articolo 9". Its tokens
are read as those of "Articles 101 to 109" (one unit, ``101-109``).

Only after the language's "from" word before the first article word (``range_from_before``
of [articles]) and with the second number above the first: "the reference in Article 2
to Article 5" names two articles, and so does "Article 9 to Article 5"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern
from .chain_grammar import Token

# How far before the first article word its "from" word may start.
_FROM_REACH = 24
_DIGITS = lazy_pattern(r"\d+")


class RepeatedWordRanges:
    """The "from" word and the extra "to" words of one language's [articles] table."""

    def __init__(self, art: Mapping[str, Any]) -> None:
        before = art.get("range_from_before")
        self._before: regex.Pattern[str] | None = (
            deferred_pattern(rf"(?:{alternation(before)})[ \t\u00a0]*\Z") if before else None
        )
        # "to" words the lexer reads as another role: it "all'articolo" (an "of" word)
        self._to = frozenset(w.casefold() for w in art.get("range_to_before", []))

    def tokens(self, view: str, tokens: list[Token]) -> list[Token]:
        """``tokens`` with "Article 101 to Article 109" read as "Article 101 to 109"."""
        if self._before is None or len(tokens) < 5:
            return tokens
        if tokens[0].kind != "ART" or tokens[1].kind != "NUM":
            return tokens
        to = tokens[2]
        if to.kind != "RANGE" and view[to.start : to.end].casefold() not in self._to:
            return tokens
        k = 4 if tokens[3].kind == "DET" else 3  # fr "à l'article", el "έως το άρθρο"
        if k + 1 >= len(tokens) or tokens[k].kind != "ART" or tokens[k + 1].kind != "NUM":
            return tokens
        if not _goes_up(tokens[1].value, tokens[k + 1].value):
            return tokens
        lo = max(0, tokens[0].start - _FROM_REACH)
        if self._before.search(view, lo, tokens[0].start) is None:
            return tokens
        return [*tokens[:2], Token("RANGE", to.start, to.end), *tokens[k + 1 :]]


def _goes_up(first: str, last: str) -> bool:
    a, b = _DIGITS.match(first), _DIGITS.match(last)
    return a is not None and b is not None and int(a[0]) < int(b[0])
