"""A lettered list's next item, not a point of the article before it.

National decisions list their legal bases as lettered items ("Έχοντας υπόψη: … β) του
Κανονισμού (ΕΕ) αριθ. 952/2013 … και ιδίως των άρθρων 49 και 50,\\nγ) του Εκτελεστικού
Κανονισμού …", pt "b) do Regulamento …, nomeadamente os artigos 49.º e 50.º,\\nc) do
Regulamento de Execução …"). The letter after the last article's comma opens the next
item when the letter before it in the alphabet opened an item a little further up (at a
line's start, or after a colon or semicolon) before the chain began: it is no point of
that article, and the act after it is not the article's instrument."""

from __future__ import annotations

from collections.abc import Callable

import regex

from ..knowledge.lazy_patterns import lazy_pattern

# An item's letter: first on its line (after white space), or after a colon or semicolon.
_ITEM = lazy_pattern(r"(?:^|(?<=[;:]))[ \t]*\(?(\p{Ll}{1,2})\)[ \t]", regex.MULTILINE)
# The letter of the item that may open here, and a word after it.
_NEXT = lazy_pattern(r"\(?(\p{Ll}{1,2})\)[ \t]+\p{L}")
# How far up the item before may stand: one item of a list of legal bases.
_REACH = 600


def opens_next_item(
    view: str, letter_start: int, chain_start: int, latin: Callable[[str], str]
) -> bool:
    """Whether the letter at ``letter_start`` opens the item after one whose letter
    stands before ``chain_start``; ``latin`` gives a letter's Latin point value."""
    here = _NEXT.match(view, letter_start)
    if here is None:
        return False
    value = latin(here[1])
    if len(value) != 1 or not "b" <= value <= "z":
        return False
    lo = max(0, chain_start - _REACH)
    items = list(_ITEM.finditer(view, lo, chain_start))
    return bool(items) and latin(items[-1][1]) == chr(ord(value) - 1)
