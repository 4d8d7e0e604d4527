"""An act word split by a hyphen inside the line, where a converted PDF lost the line
break of a hyphenated word but kept its hyphen: fi "jätedi-rektiivin (2008/98/EY)", de
"Richt-linie 2008/98/EG", fr "direc-tive 2008/98/CE". Neither piece is an act word, so
the number after it had no kind (or took another act's from its sentence). The view
reads the word whole: its second piece moves over the hyphen, a space standing where
the word ended (the same length, so the word starts where it does in the text)."""

from __future__ import annotations

import functools

from ..knowledge.data import table
from ..knowledge.dispatched import Dispatched
from ..knowledge.lang import union_phrases
from .scan import occurrences

# The longest piece read on either side of the hyphen: act words are short, and a
# longer run of letters is no word of running text.
_PIECE = 30


@functools.cache
def _act_words() -> Dispatched:
    """Every language's act words of every kind (``data/act_kinds.toml``), compiled per
    first character on first need."""
    kinds = table("act_kinds.toml")["kinds"]
    return Dispatched([(None, union_phrases("acts", kind)) for kind in kinds])


def _is_act_word(word: str) -> bool:
    """Whether ``word`` is, whole, an act word of some language."""
    m = _act_words().match(word, 0)
    return m is not None and m.end() == len(word)


def _piece_bounds(view: str, hyphen: int) -> tuple[int, int] | None:
    """Where the word around the hyphen at ``hyphen`` starts and ends, when both its
    pieces are letters, lower case after the first (a capital abbreviation before a
    hyphen makes a compound: "EU-direktiivin"), two at least on each side."""
    start = hyphen
    while start > 0 and hyphen - start <= _PIECE and view[start - 1].isalpha():
        start -= 1
    end = hyphen + 1
    while end < len(view) and end - hyphen <= _PIECE and view[end].isalpha():
        end += 1
    first, second = view[start + 1 : hyphen], view[hyphen + 1 : end]
    if hyphen - start < 2 or end - hyphen < 3 or hyphen - start > _PIECE or end - hyphen > _PIECE:
        return None
    if not (first.islower() and second.islower()):
        return None
    if view[start - 1 : start].isalnum() or view[end : end + 1].isalnum():
        return None  # digits run into the word: no word of running text
    return start, end


def join_split_act_words(view: str) -> str:
    """``view`` with each act word split by an in-line hyphen read whole (see the module
    docstring); a hyphen between two words that are words of their own stays."""
    chars: list[str] | None = None
    for hyphen in occurrences(view, "-"):
        if not (view[hyphen - 1 : hyphen].islower() and view[hyphen + 1 : hyphen + 2].islower()):
            continue
        bounds = _piece_bounds(view, hyphen)
        if bounds is None:
            continue
        start, end = bounds
        first, second = view[start:hyphen], view[hyphen + 1 : end]
        # A compound written with its hyphen ("tietosuoja-asetuksen", "décision-cadre")
        # has an act word as one of its pieces: it is read as it stands.
        if _is_act_word(second) or _is_act_word(first) or not _is_act_word(first + second):
            continue
        if chars is None:
            chars = list(view)
        chars[hyphen:end] = [*second, " "]
    return view if chars is None else "".join(chars)
