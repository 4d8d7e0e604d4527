"""The chain lexer's shortcut for a plain number: where a run of one to four ASCII
digits is a number token by itself, read without a regex call (two thirds of the
lexer's positions start with none, and most numbers that do are plain)."""

from __future__ import annotations

from ..knowledge.lang import Language
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import latin_suffixes
from ..text.branches import FirstCharAlternation, phrase_starts

# What may follow a number that goes on with no part of it (no inserted letter, Latin
# suffix, mark, dot or paragraph: each starts with a letter, white space or a dot) and
# is no numbered point ("3)"), besides the text's end. A space does before a word of
# small ASCII letters that is no Latin suffix, or before a word of two letters or more
# that starts otherwise (plain_number_end): after a space a part is a Latin suffix, a
# capital, or one letter and a space ("106 a artiklan").
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
_DASHED_LEVELS = lazy_pattern(r"-\d{1,3}-[a-z](?![^\W\d_])")
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
    if after == "-" and _DASHED_LEVELS.match(view, end):
        return 0  # fr "article 5-1-e)": a paragraph and point (article_number_pattern)
    word_end = end + 1
    while view[word_end : word_end + 1] in _ASCII_LOWER:
        word_end += 1
    word = view[end + 1 : word_end]
    two = view[end + 1 : end + 3]
    if not word and after == " " and len(two) == 2 and two.isalpha():
        # a word of two letters or more that starts with no small ASCII letter ("5 EUV",
        # "5 ΣΛΕΕ", "5 Член"): no Latin suffix, and a capital or a letter apart is one
        # letter alone; an article's part word ("13 Teil A") the lexer asks after this
        return end
    return end if (len(word) >= 2 or after == "-") and word not in _LATIN_SUFFIXES else 0
