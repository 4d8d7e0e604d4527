"""An anchored alternation of named branches, compiled per first character.

A lexer tries one big alternation at every position ("a number, or a bracketed
letter, or an article word, or …"): the engine walks its branches in order and
fails each one on its first character, a couple of microseconds per call that
add up over every token of every chain.  :class:`FirstCharAlternation` gives
the same match with a pattern that holds only the branches that can start with
the character at the position.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.dispatched import first_characters, letter_cases

# What a branch can start with: the characters themselves, a pattern of one
# character (a class such as r"\d" or r"[^\W\d_]"), or None for anything (a branch
# that can match the empty string, or whose start no one can tell).
Starts = frozenset[str] | str | None
# What a branch's match can start with, its first two characters (None: anything, or
# a match that may be shorter): a branch of words declares them (phrase_pairs).
Pairs = frozenset[str] | None
# How many one- or two-character starts keep their pattern (the rest are looked up anew).
_MOST_KEPT = 4096


def phrase_starts(phrases: Iterable[str]) -> frozenset[str] | None:
    """The characters a match of :func:`knowledge.lang.alternation` of ``phrases``
    can start with (the same case table as :class:`knowledge.dispatched.Dispatched`);
    None when one phrase can start with anything."""
    chars: set[str] = set()
    for phrase in phrases:
        if not phrase.strip():
            continue  # alternation() leaves blank phrases out
        first = first_characters(phrase)
        if first is None:
            return None
        chars |= first
    return frozenset(chars)


def phrase_branch(body: str, phrases: list[str]) -> tuple[str, Starts, Pairs]:
    """A branch of words: ``body`` matches one of ``phrases`` first."""
    return body, phrase_starts(phrases), phrase_pairs(phrases)


# The characters of a phrase that stand for something else than themselves
# (knowledge.lang: white space, the rest of a word, either apostrophe or an elision).
_MARKS = frozenset(" *'’")


def phrase_pairs(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first two characters a match of :func:`knowledge.lang.alternation` of
    ``phrases`` can start with; None when a match may be shorter, or its second
    character is a mark (a space, ``*``, an apostrophe) or has no case table."""
    pairs: set[str] = set()
    for phrase in phrases:
        phrase = phrase.strip()
        if not phrase:
            continue  # alternation() leaves blank phrases out
        first = first_characters(phrase)
        case_sensitive = not any(ch.islower() for ch in phrase)
        if phrase.startswith("="):
            phrase, case_sensitive = phrase[1:], True
        second = phrase[1:2]
        if first is None or not second or second in _MARKS or phrase[:1] in _MARKS:
            return None
        seconds = frozenset(second) if case_sensitive else letter_cases(second)
        if seconds is None:
            return None
        pairs |= {a + b for a in first for b in seconds}
    return frozenset(pairs)


class FirstCharAlternation:
    """``regex.compile("|".join(branches), flags).match(view, pos)``, dispatched.

    A backtracking alternation returns its first branch that matches, and a
    branch that cannot start with ``view[pos]`` cannot match there, so leaving
    it out changes no match: each first character gets the branches that can
    start with it, in their order, compiled on the first position that needs them
    (one pattern per distinct set of branches).  ``span`` and ``lastgroup`` are
    those of the whole pattern; the groups of branches left out are not in the
    pattern (fewer groups make every call cheaper), so read a group only of the
    branch that matched (``m[name]`` of another may raise IndexError).  Each branch
    declares what it can start with (:data:`Starts`); a branch that can match the
    empty string must declare None.  The caches are plain dictionaries filled
    idempotently: threads that race compile the same pattern twice at worst.
    """

    def __init__(
        self,
        branches: Sequence[tuple[str, Starts] | tuple[str, Starts, Pairs]],
        flags: int = 0,
    ) -> None:
        self._bodies = [branch[0] for branch in branches]
        self._starts = [branch[1] for branch in branches]
        self._pairs = [branch[2] if len(branch) > 2 else None for branch in branches]
        self._flags = flags
        # A newline after each VERBOSE branch ends a comment in it (elsewhere it is text).
        self._bar = "\n|" if flags & regex.VERBOSE else "|"
        # One-character patterns of branches declared by a class, compiled once.
        self._classes = {
            i: compile_pattern(s, flags & ~regex.VERBOSE)
            for i, s in enumerate(self._starts)
            if isinstance(s, str)
        }
        self._by_char: dict[str, regex.Pattern[str] | None] = {}
        self._by_branches: dict[tuple[int, ...], regex.Pattern[str]] = {}
        # (id of one of these patterns, group names) -> those groups' numbers in it
        self._numbers: dict[tuple[int, tuple[str, ...]], tuple[int, ...]] = {}

    def _can_start(self, i: int, ch: str) -> bool:
        starts = self._starts[i]
        if starts is None:
            return True
        if isinstance(starts, frozenset):
            return ch in starts
        return bool(ch) and self._classes[i].fullmatch(ch) is not None

    def pattern_for(self, ch: str) -> regex.Pattern[str] | None:
        """The pattern tried where the text goes on with ``ch``, its next one or two
        characters ("" at its end); None when no branch can start there."""
        try:
            return self._by_char[ch]
        except KeyError:
            pass
        chosen = tuple(
            i
            for i, pairs in enumerate(self._pairs)
            if self._can_start(i, ch[:1]) and (pairs is None or ch in pairs)
        )
        pattern = self._by_branches.get(chosen) if chosen else None
        if chosen and pattern is None:
            body = self._bar.join(self._bodies[i] for i in chosen)
            pattern = compile_pattern(body, self._flags, anchored=True)  # only matched
            self._by_branches[chosen] = pattern
        if len(self._by_char) < _MOST_KEPT:  # bounded: a text may hold any pair
            self._by_char[ch] = pattern
        return pattern

    def branches_for(self, ch: str) -> list[str]:
        """The branches tried where the text goes on with ``ch``, in their order."""
        return [body for i, body in enumerate(self._bodies) if self._can_start(i, ch)]

    def numbers(self, m: regex.Match[str], names: tuple[str, ...]) -> tuple[int, ...]:
        """The numbers of the groups ``names`` in the pattern that gave ``m`` (a match of
        this alternation; its patterns live as long as it does, so their ids stay
        theirs): reading seven groups by number costs a ninth of reading them by name."""
        key = (id(m.re), names)
        found = self._numbers.get(key)
        if found is None:
            index = m.re.groupindex
            found = self._numbers[key] = tuple(index[name] for name in names)
        return found

    def whole(self) -> regex.Pattern[str]:
        """The alternation of every branch, whose matches :meth:`match` gives (for tests)."""
        return regex.compile(self._bar.join(self._bodies), self._flags)

    def match(self, view: str, pos: int) -> regex.Match[str] | None:
        # Two characters: a letter's pattern holds only the words that go on with the
        # next one (a chain's last try fails on a word such as "Regulation"; with every
        # word of the letter in the pattern, that cost 5 us).
        ch = view[pos : pos + 2]
        try:
            pattern = self._by_char[ch]
        except KeyError:
            pattern = self.pattern_for(ch)
        return pattern.match(view, pos) if pattern is not None else None
