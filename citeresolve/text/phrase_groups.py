"""Phrase groups: alternations of hundreds of phrases (every instrument name, every
language's act words) matched only where a :class:`~citeresolve.text.scan.Trigger`
says a phrase's first word starts, and at each such position only with the phrases
that can match there."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.dispatched import first_characters, letter_cases
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import lazy_pattern
from ..limits import scan_timeout
from .scan import Trigger, matches_from

# (the one fixed first-word length, every length, patterns by (next starts, unseen))
_KeysEntry = tuple[
    int | None, tuple[int, ...], dict[tuple[tuple[str, ...], bool], regex.Pattern[str] | None]
]


class PhraseGroups:
    """Named groups of phrases, matched as one alternation at trigger positions.

    The alternation ``(?P<g0>…)|(?P<g1>…)|…`` is tried in group order, anchored, at
    every position where a first word of a phrase starts; ``lastgroup`` of a match
    names its group.  At each position only the phrases that can match there take
    part: those whose first word fired there, and of those with a second word only
    the ones whose second word can start with the character that follows the first
    word and its white space (a sub-pattern per such set, compiled on first use).
    Trying an alternation of hundreds of names (every instrument, every popular
    name with each act word before it, every language's act words) at every hit
    was a fifth of the extractor's time.  Removing branches that cannot match
    keeps the order of the rest, so the matches are the same.
    """

    def __init__(self, groups: Sequence[tuple[str, Sequence[str]]]) -> None:
        self._groups = [(name, [p.strip() for p in ps if p.strip()]) for name, ps in groups]
        # Every phrase in group order, and where each group starts among them.
        self._phrases = [p for _, ps in self._groups for p in ps]
        self._offsets = list(itertools.accumulate((len(ps) for _, ps in self._groups), initial=0))
        # Only these phrases are matched where it fires: a first word is checked with
        # the start of the next word of its phrases in the automaton itself.
        self.trigger = Trigger(self._phrases, whole_phrases=True)
        # Each key's phrases (indices, in order), kept with the trigger's tables: a set of
        # fired keys picks its phrases without walking every group (thousands of names),
        # and no process looks up the key of every phrase. Phrases the trigger cannot
        # see are under None.
        self._where = self.trigger.where
        # What the phrases the trigger cannot see ("1951 Refugee Convention") can start
        # with (None: anything): at a hit on any other character they take no part.
        unseen = [first_characters(self._phrases[i]) for i in self._where.get(None, ())]
        self._unseen_starts: frozenset[str] | None = (
            None if None in unseen else frozenset().union(*unseen)  # type: ignore[arg-type]
        )
        # Each phrase's second word by index, read when its key first fires (a first
        # call of a process reads a few of thousands); False: not read yet.
        self._second: list[tuple[int, frozenset[str]] | bool | None] = [False] * len(self._phrases)
        # Per set of fired keys: the one fixed length of their first words to look past
        # (else None), every length (see _first_lengths), and the patterns by the next
        # words' starts and whether unseen phrases take part.
        self._by_keys: dict[frozenset[str], _KeysEntry] = {}

    def __getstate__(self) -> dict[str, object]:
        """What is kept across processes (the instrument matcher): with every phrase's
        second word read, which a first call of a fresh process would read for the
        hundreds of phrases under one fired key ("regulation": 5 ms in English), at the
        cost of unpickling them (0.5 ms). Equal readings are shared, so that the pickle
        holds each once (a few hundred of some six thousand), in a list by index, not a
        dict by phrase; each group is kept as its name, its phrases being those between
        its offsets (the dict and a thousand lists of phrases were a third of loading an
        English matcher)."""
        shared: dict[tuple[int, frozenset[str]], tuple[int, frozenset[str]]] = {}
        for i in range(len(self._phrases)):
            second = self._second_at(i)
            if second is not None:
                self._second[i] = shared.setdefault(second, second)
        state = dict(self.__dict__)
        state["_groups"] = tuple(name for name, _ in self._groups)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        names: tuple[str, ...] = state["_groups"]  # type: ignore[assignment]
        del self.__dict__["_groups"]  # the property below: built when first used
        self.__dict__["_group_names"] = names

    @functools.cached_property
    def _groups(self) -> list[tuple[str, list[str]]]:
        """Each group's name and phrases (a kept matcher's, from its names and offsets)."""
        names: tuple[str, ...] = self.__dict__["_group_names"]
        offsets, phrases = self._offsets, self._phrases
        return [(name, phrases[offsets[g] : offsets[g + 1]]) for g, name in enumerate(names)]

    def _second_at(self, index: int) -> tuple[int, frozenset[str]] | None:
        second = self._second[index]
        if second is False:
            second = self._second[index] = _second_word(self._phrases[index])
        return second  # type: ignore[return-value]

    def _follows(self, index: int, nexts: dict[int, str]) -> bool:
        """Whether the second word of phrase ``index`` can start where the text goes on
        after a first word of its length (``nexts``: first-word length -> next character)."""
        second = self._second_at(index)
        return (
            self.trigger.phrase_keys[index] is None
            or second is None
            or nexts[second[0]] in second[1]
        )

    def _compile(
        self, keys: frozenset[str] | None, nexts: dict[int, str] | None = None, unseen: bool = True
    ) -> regex.Pattern[str] | None:
        if keys is None:
            chosen = {g: phrases for g, (_, phrases) in enumerate(self._groups) if phrases}
        else:
            # A phrase the trigger cannot see is kept wherever it can start, as in the
            # whole pattern. The groups of the chosen phrases only: most of a thousand
            # groups have none.
            fired = (*keys, None) if unseen else keys
            places = sorted(i for k in fired for i in self._where.get(k, ()))
            chosen = {}
            for i in places:
                if nexts is None or self._follows(i, nexts):
                    group = bisect.bisect_right(self._offsets, i) - 1
                    chosen.setdefault(group, []).append(self._phrases[i])
        # In group order (places are sorted, so the dict is too).
        parts = [f"(?P<{self._groups[g][0]}>{alternation(chosen[g])})" for g in chosen]
        # a subset is only matched at a trigger position (see compile_pattern's anchored)
        return compile_pattern("|".join(parts), anchored=keys is not None) if parts else None

    @functools.cached_property
    def pattern(self) -> regex.Pattern[str] | None:
        """The whole alternation, for a match where no trigger fired."""
        return self._compile(None)

    @functools.cached_property
    def complete(self) -> bool:
        """Whether the trigger sees every phrase, so that nothing matches where it
        did not fire."""
        return None not in self._where

    def key_of(self, phrase: str) -> str | None:
        return self.trigger.key_of(phrase)

    def _first_lengths(self, keys: frozenset[str]) -> tuple[int, ...]:
        """The lengths of the first words of the phrases of ``keys`` that have a
        second word to check."""
        seconds = (self._second_at(i) for k in keys for i in self._where.get(k, ()))
        return tuple(sorted({s[0] for s in seconds if s is not None}))

    def match(self, view: str, pos: int, keys: frozenset[str]) -> regex.Match[str] | None:
        """The alternation matched at ``pos``, where the trigger fired ``keys``."""
        entry = self._by_keys.get(keys)
        if entry is None:
            lengths = self._first_lengths(keys)
            fixed = lengths[0] if len(lengths) == 1 and lengths[0] >= 0 else None
            entry = self._by_keys[keys] = (fixed, lengths, {})
        fixed, lengths, patterns = entry
        if fixed is not None:  # most keys: one length, a fixed one
            nexts: tuple[str, ...] = (_next_word_start(view, pos + fixed),)
        elif lengths:
            nexts = tuple([_next_word_start(view, _first_end(view, pos, n)) for n in lengths])
        else:
            nexts = ()
        starts = self._unseen_starts
        unseen = starts is None or (bool(starts) and view[pos : pos + 1] in starts)
        pattern = patterns.get((nexts, unseen), False)
        if pattern is False:
            pattern = patterns[(nexts, unseen)] = self._compile(
                keys, dict(zip(lengths, nexts, strict=True)), unseen
            )
        return pattern.match(view, pos) if pattern is not None else None  # type: ignore[union-attr]

    def matches(self, view: str) -> Iterator[regex.Match[str]]:
        """The match at every trigger position where the alternation matches."""
        for pos, keys in self.trigger.hits(view):
            if (m := self.match(view, pos, keys)) is not None:
                yield m


# The white space between the words of a phrase (lang.phrase_pattern: a space is \s+).
_SPACE = lazy_pattern(r"\s+")


def _next_word_start(view: str, end: int) -> str:
    """The character (lower-cased) after the white space at ``end``, where the first
    word of a phrase ends; "" when no white space stands there (no second word)."""
    ch = view[end : end + 1]
    if not ch.isspace():
        return ""  # every character of regex's \s is a str.isspace() one
    after = view[end + 1 : end + 2]
    if ch == " " and not after.isspace():
        return after.lower()  # one space: the common case, without a regex call
    space = _SPACE.match(view, end)
    return view[space.end() : space.end() + 1].lower() if space is not None else ""


# The rest of a word that a phrase's first word leaves open ("Europäische*": \w*).
_WORD_REST = lazy_pattern(r"\w*")


def _first_end(view: str, pos: int, length: int) -> int:
    r"""Where the first word of a phrase that matches at ``pos`` ends: ``length``
    characters on, or for an open ending (``length`` = -1 - its literal's length) at
    the end of the word there, as the greedy ``\w*`` before ``\s+`` leaves it."""
    if length >= 0:
        return pos + length
    rest = _WORD_REST.match(view, pos - 1 - length)
    return rest.end() if rest is not None else pos - 1 - length


def _second_word(phrase: str) -> tuple[int, frozenset[str]] | None:
    r"""The length of a phrase's first word and the characters (lower-cased) its second
    word can start with; None for a phrase of one word, or whose second word can start
    with anything, or whose first word has a ``*`` other than at its end. A first word
    open at its end ("Europäische*") has the length -1 - its literal's length: its
    second word starts after the white space after the whole word there.

    In :func:`~citeresolve.knowledge.lang.phrase_pattern` every character of a word
    matches one character of the text and a space matches ``\s+``: a match's second
    word starts right after the white space that follows its first ``len(first)``
    characters."""
    body = phrase.strip()
    case_sensitive = not any(ch.islower() for ch in body)
    if body.startswith("="):
        body, case_sensitive = body[1:], True
    first, _, rest = body.partition(" ")
    rest = rest.lstrip(" ")
    literal = first.removesuffix("*")
    if not rest or not literal or "*" in literal or rest[0] in "*{":  # "{date}": any word
        return None
    chars = (
        {"'", "’"} if rest[0] in "'’" else {rest[0]} if case_sensitive else letter_cases(rest[0])
    )
    if chars is None or any(_SPACE.match(ch) for ch in chars):
        return None
    length = len(first) if literal == first else -1 - len(literal)
    return length, frozenset(ch.lower() for ch in chars)


class PhraseScan:
    """``finditer`` and ``search`` of an alternation of phrases over a whole text, run
    only where a phrase's first word starts (a :class:`Trigger`): the regex engine
    tries a case-insensitive alternation of every language's words at each position
    of the text, some 20 ms per MB a scan. The matches are those of the whole scan
    (:func:`matches_from`); a phrase the trigger cannot see makes it scan whole."""

    def __init__(self, phrases: Iterable[str]) -> None:
        phrases = sorted({p.strip() for p in phrases if p.strip()})
        self.pattern = compile_pattern(alternation(phrases))
        self._trigger = Trigger(phrases, whole_phrases=True)
        self._complete = all(self._trigger.key_of(p) is not None for p in phrases)

    def finditer(self, view: str) -> Iterator[regex.Match[str]]:
        if not self._complete:
            return self.pattern.finditer(view, timeout=scan_timeout(view))
        return matches_from(self.pattern, view, self._trigger.positions(view))

    def search(self, view: str) -> regex.Match[str] | None:
        return next(iter(self.finditer(view)), None)
