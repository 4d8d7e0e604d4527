"""The rest of a list after an instrument's abbreviation, whose items after the first
carry no article word: "Articles 28 EC, 31 EC and 86(2) EC", pt "21.º, n.º 1, TFUE e
45.º TFUE", el "άρθρα 15 Οδηγίας 2002/58/ΕΚ, 7, 8 ΧΘΔΕΕ"; and a range whose two ends
each repeat the abbreviation: "Articles 2(3) TFEU, 119 TFEU to 121 TFEU and 126 TFEU",
nl "artikelen 119 VWEU tot en met 121 VWEU", de "Art. 119 AEUV bis 121 AEUV" (one
unit, 119-121, then the list goes on).

Each item is a chain of its own (``continued``: its instrument can only come after
it); a range joins its end to the last unit of the chain before it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import lazy_pattern
from .chain_grammar import Chain, Token, Unit, parse_chain

_LEADING_DIGITS = lazy_pattern(r"\d{1,4}")


def continuation_pattern(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """An abbreviation after an article (after a comma too), then a list separator (or
    a range word, group ``range``) before the next number; or an act's number: el
    "άρθρα 15 Οδηγίας 2002/58/ΕΚ, 7, 8, 11, 52 ΧΘΔΕΕ". Group ``abbr``: what names the
    instrument."""
    act = r"[^\W\d]{2,20}[ \u00a0](?:\(\p{Lu}{1,8}\)[ \u00a0])?\d{2,4}/\d{1,4}(?:/\p{Lu}{1,8})?"
    ranges = alternation(art["range"]) if art.get("range") else "(?!)"
    # es "Arts. 19 TUE, ap. 1, párr. 1, y 48 TUE, ap. 6": the pins of a Treaty article
    # written after the abbreviation (attach reads them) stand before the separator.
    pins = ""
    if art.get("paragraph_after_treaty"):
        words = alternation([*art["paragraph_after_treaty"], *art["subparagraph"]])
        value = rf"(?:\d{{1,3}}|{alternation(list(art['ordinals']))}|\p{{Ll}}\))(?![^\W\d_])"
        pins = rf"(?:\s?,\s?(?:{words})\s{value}){{0,3}}"
    return compile_pattern(
        rf",?\s?(?P<abbr>\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,6}}|{act})(?!\w){pins}\s?"
        rf"(?:,|,?\s(?:{alternation(art['and'])})|(?P<range>\s(?:{ranges})))\s*(?=\d)"
    )


class Continuations:
    """Reads, in one word-first language, the items that continue a chain after its
    abbreviation; ``tokens`` is the language's lexer (``ChainReader.tokens``)."""

    def __init__(self, art: Mapping[str, Any], tokens: Callable[[str, int], list[Token]]) -> None:
        self._pattern = continuation_pattern(art)
        self._tokens = tokens

    def extend(self, view: str, found: list[Chain]) -> None:
        """Appends to ``found`` the items that continue its last chain, or joins a
        range's end to it."""
        cont = self._pattern.match(view, found[-1].end)
        while cont is not None:
            if cont["range"]:
                ranged = self._range(view, found[-1], cont["abbr"], cont.end())
                if ranged is None:
                    break
                found[-1] = ranged
            else:
                chain = parse_chain(
                    self._tokens(view, cont.end()), number_first=False, article_word_seen=True
                )
                if chain is None:
                    break
                chain.rules = found[-1].rules
                chain.continued = True
                found.append(chain)
            cont = self._pattern.match(view, found[-1].end)

    def _range(self, view: str, last: Chain, abbr: str, pos: int) -> Chain | None:
        """``last`` with its last article made a range to the number at ``pos``, when
        that number is a higher article followed by the same abbreviation ("119 TFEU to
        121 TFEU"); a paragraph or point on either end makes no range."""
        unit = last.units[-1]
        if (
            unit.paragraph
            or unit.points
            or unit.article_end
            or unit.annex is not None
            or unit.recital is not None
            or unit.end != last.end
        ):
            return None
        tokens = self._tokens(view, pos)
        if not tokens or tokens[0].kind != "NUM" or tokens[0].start != pos:
            return None
        end = tokens[0]
        if len(tokens) > 1 and tokens[1].start == end.end:
            return None  # "121(2)": a pinned end
        after = end.end + (view[end.end : end.end + 1] in " \u00a0")
        closed = after + len(abbr)
        if not view.startswith(abbr, after) or view[closed : closed + 1].isalnum():
            return None
        if not _ascending(unit.article, end.value):
            return None
        ranged = Unit(unit.article, unit.start, end.end, article_end=end.value)
        return Chain([*last.units[:-1], ranged], last.start, end.end, last.rules, last.continued)


def _ascending(first: str, last: str) -> bool:
    a, b = _LEADING_DIGITS.match(first), _LEADING_DIGITS.match(last)
    return a is not None and b is not None and int(a.group()) < int(b.group())
