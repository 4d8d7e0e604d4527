"""Which act numbers form one list of acts: "Directives 92/50, 93/36 and 93/37/EEC",
"Regulations (EU) No 1296/2013, (EU) No 1301/2013 ... and No 2160/87". A number with
neither domain nor act word continues a list only tightly (:func:`tight_list`); one
with its domain or "No" within the list's reach (:func:`same_list`)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.data import table
from ..knowledge.dispatched import all_cases
from ..knowledge.lang import alternation, union_pattern, union_phrases
from ..knowledge.lazy_patterns import lazy_pattern
from .act_words import national_keys, word_groups

if TYPE_CHECKING:
    from .act_words import ActWords

# How far apart two items of one list of acts may be (dates and OJ references between).
_LIST_REACH = 120
# A bracket within a list of acts, and how long it may be.
_ASIDE_REACH = 120
_ASIDE = lazy_pattern(rf"\([^()\n]{{0,{_ASIDE_REACH}}}\)")
# What ends a list of acts: a clause or sentence end, a blank line, a new dashed item.
_LIST_END = lazy_pattern(r";|\n\s*\n|\n\s*[–—•-]|[.!?]\s+\p{Lu}")


@functools.cache
def _tight_pattern() -> regex.Pattern[str]:
    """Between two members of one list: a comma or a semicolon (de "VO'en (EU)
    2020/1208; 2020/1044"), a conjunction of any language ("y", "and", "és") or a
    contrast ("but not", data/act_words.toml), perhaps an article ("és a")."""
    conjunctions = union_pattern("articles", "and")
    contrasts = alternation(
        sorted({w for ws in table("act_words.toml")["list_contrasts"].values() for w in ws})
    )
    # A footnote marker glued to the last act is left out of it ("Förordning 883/20043
    # och 987/2009"): digits right at its end can only be that marker.
    return compile_pattern(
        rf"\d{{0,2}}\s*[,;]?\s*(?:(?:{conjunctions}|{contrasts})\s+(?:\p{{Ll}}{{1,2}}\s+)?)?"
    )


# A number that goes on with a slash or a dot and digits is a date ("of 12/12/2012").
_DATE_GOES_ON = lazy_pattern(r"[/.]\d")


def tight_list(view: str, previous_end: int, start: int, end: int) -> bool:
    """Whether only a comma or a conjunction stands between the end of the last act and
    the number at ``[start, end)``: a number without domain or act word continues a
    list only that closely, and never as part of a date."""
    return (
        # 0 apart: two numbers glued by a conversion ("2019/9472021/664", act_numbers)
        0 <= start - previous_end <= 16
        and _tight_pattern().fullmatch(view, previous_end, start) is not None
        and _DATE_GOES_ON.match(view, end) is None
    )


# How far an item that leaves out the list's act word may stand from the item before:
# past that act's date, author and title ("Regulamentos (CEE) n.º 2408/92 do Conselho,
# de 23 de Julho de 1992, relativo ao acesso …, e (CEE) n.º 2409/92").
_ELIDED_REACH = 400


@functools.cache
def _conjunction_at_end() -> regex.Pattern[str]:
    conjunctions = union_pattern("articles", "and")
    return compile_pattern(rf"(?:^|\W)(?:{conjunctions})[^\S\n]+$")


def elided_item(view: str, previous_end: int, start: int) -> bool:
    """Whether the number at ``start`` opens with its domain in brackets right after a
    conjunction, within the sentence of the act before: a list item whose act word is
    left out (ro "Regulamentele (CEE) nr. 2408/92 … şi (CEE) nr. 2409/92"), which
    continues that list from further off than :func:`same_list` reaches."""
    if view[start : start + 1] != "(" or not 0 < start - previous_end <= _ELIDED_REACH:
        return False
    if _conjunction_at_end().search(view[max(0, start - 20) : start]) is None:
        return False
    return not _LIST_END.search(_ASIDE.sub("", view[previous_end:start]))


def same_list(view: str, previous_end: int, start: int, words: ActWords | None = None) -> bool:
    """Whether an act number continues the list of acts that ended at ``previous_end``
    ("Regulations (EU) No 1296/2013, (EU) No 1301/2013 ... and No 2160/87"). ``words``:
    the text's act words, whose trigger found where a national act word may start."""
    if start - previous_end > _LIST_REACH + _ASIDE_REACH:
        return False
    between = view[previous_end:start]
    if "(" in between:
        # A bracket between two items is an aside (the first act's OJ reference, its
        # short name): pl "nr 883/2004 … (tzw. rozporządzenie podstawowe, Dz.Urz. UE z
        # 2004 r. L 166, s. 1) oraz nr 987/2009"; its dots end no sentence.
        between = _ASIDE.sub("", between)
    # A lone line break is a hard wrap ("2001/111/EF,\n2001/113/EF"); a blank line or
    # a new dashed item ends the list; so does a national act's word, with its author
    # before "No" (ro "Directiva 2019/1158 … prin Hotărârea Guvernului nr. 905/2017",
    # pt "… pela Resolução do Conselho de Ministros n.º 41/2020"): the number is its own.
    return (
        len(between) <= _LIST_REACH
        and not _LIST_END.search(between)
        and not _national_between(view, previous_end, start, between, words)
    )


def _national_between(
    view: str, previous_end: int, start: int, between: str, words: ActWords | None
) -> bool:
    """Whether a national act's word stands in ``between``. The search of an alternation
    of every language's words tries it at each position (most of the cost of a list of
    acts): it runs only where the act words' trigger saw a national word start, when
    ``between`` is the view's own text (no aside taken out) and no letter touches its
    end (where the trigger, reading the whole view, sees no word end). A letter before
    it (an act's domain: "2006/112/EC and …") hides from the trigger only a word that
    starts right at the act's end, which one match there looks for."""
    if (
        words is not None
        and len(between) == start - previous_end
        and not view[start : start + 1].isalpha()
        and not words.any_in(words.national, previous_end, start)
    ):
        if not view[previous_end - 1 : previous_end].isalpha():
            return False
        first = _national_start(between)
        return first is not None and _national_word().match(between) is not None
    first = _national_start(between)
    return first is not None and _national_word().search(between, first) is not None


def _national_start(between: str) -> int | None:
    """Where in ``between`` the first match of _national_word may start at the earliest:
    the start of the word around the first national act's word start that the act words'
    trigger sees in it (read on its own: a window with an aside taken out is no part of
    the view); None where it sees none. A match starts where the trigger fires, or
    before an inner literal ("*gesetz") in the same word. The search tries hundreds of
    words at each position (a third of a millisecond a gap); the trigger walks it once."""
    groups = word_groups()
    if not groups.complete or any(map(_cased_apart, set(between))):
        return 0  # a phrase the trigger cannot see may match anywhere; see below
    national = national_keys()
    fired = [start for start, key in groups.trigger.fired_apart(between) if key in national]
    if not fired:
        return None
    return _WORD_BEFORE.match(between, 0, min(fired)).start()  # type: ignore[union-attr]


# The word characters right before a position (matched backwards: never None).
_WORD_BEFORE = lazy_pattern(r"\w*", regex.REVERSE)


@functools.cache
def _cased_apart(ch: str) -> bool:
    """Whether the case-insensitive pattern reads ``ch`` as a letter of a national word
    that lower-cases otherwise (el "νόµου" with the micro sign "µ" for "μ"), or ``ch``
    lower-cases to more than one character: the trigger's lower-cased copy may then miss
    a word the pattern finds."""
    low = ch.lower()
    if len(low) != 1:
        return True
    cases = all_cases(ch)
    return cases is None or any(c.lower() != low and c in _national_letters() for c in cases)


@functools.cache
def _national_letters() -> frozenset[str]:
    """Every character of the national act words, in both cases."""
    letters = "".join(union_phrases("acts", "national_acts"))
    return frozenset(letters + letters.lower() + letters.upper())


@functools.cache
def _national_word() -> regex.Pattern[str]:
    """A national act's word of any language (``national_acts`` of [acts])."""
    return compile_pattern(union_pattern("acts", "national_acts"))
