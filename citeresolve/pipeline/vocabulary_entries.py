"""The language guess's vocabulary (:mod:`.language_guess`): every language's phrases as
keys of an automaton, each with its entries (the phrase's length, languages, weight),
loaded in parts, as a text needs them.

A first call reads every line of its text with the vocabulary
(:func:`.language_guess.foreign_lines`), even with ``lang="en"``, and loading the whole
of it (an automaton of some 4,000 keys and 2 MB, with their entries) was a sixth of an
English first call, for the handful of phrases a page holds. So the keys are kept by
their first two letters, the entries in chunks of those, and the automaton apart: a
process's first texts, up to :data:`PYTHON_SCAN` characters in all, are read by
looking the keys up at each space of the text (a few per space), each chunk of
entries unpickled when one of its keys is first found; a longer text, or the texts
after those, load the automaton, whose pass finds the same keys in the same order.
"""

from __future__ import annotations

import bisect
import marshal
import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import ahocorasick

# The characters a process reads by key lookups before it loads the automaton: a
# one-page text, or a few short ones, cost less than loading it; a batch loads it soon.
PYTHON_SCAN = 16_384


def automaton_of(order: list[str]) -> ahocorasick.Automaton:
    """The automaton of the keys in ``order``, each with its index there."""
    automaton = ahocorasick.Automaton()
    for index, key in enumerate(order):
        automaton.add_word(key, index)
    automaton.make_automaton()
    return automaton


def key_order(keys: Iterable[str]) -> list[str]:
    """The keys by their first two letters (after the space every key starts with)."""
    return sorted(keys, key=lambda key: (key[1:3], key))


# A prefix's keys: every key with its index, and the keys' lengths.
_Keys = tuple[dict[str, int], tuple[int, ...]]


class Vocabulary:
    """Keys by their first two letters, and their entries, unpickled by chunk."""

    def __init__(self, keys: dict[str, Any]) -> None:
        """``keys``: each key and its entries (any picklable value that is true)."""
        order = key_order(keys)
        # first two letters -> (every key with its index, the keys' lengths)
        self._prefixes: dict[str, _Keys] = {}
        # ... as marshal bytes, read when a text first has the prefix (a kept vocabulary)
        self._packed: dict[str, bytes] = {}
        self._starts: list[int] = []  # the first index of each chunk
        self._chunks: list[bytes] = []
        for index, key in enumerate(order):
            if not index or key[1:3] != order[index - 1][1:3]:
                self._starts.append(index)
            self._prefixes.setdefault(key[1:3], ({}, ()))[0][key] = index
        self._starts.append(len(order))
        for prefix, (indices, _) in self._prefixes.items():
            lengths = tuple(sorted({len(key) for key in indices}))
            self._prefixes[prefix] = (indices, lengths)
        for first, last in zip(self._starts, self._starts[1:], strict=False):
            chunk = [keys[key] for key in order[first:last]]
            self._chunks.append(pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL))
        self._setup([keys[key] for key in order])
        self.automaton: ahocorasick.Automaton | None = automaton_of(order)

    def _setup(self, entries: list[Any]) -> None:
        # Each key's entries by index, None until its chunk is read.
        self.entries = entries
        self.automaton = None
        self.load_automaton: Callable[[], ahocorasick.Automaton] | None = None
        self._budget = PYTHON_SCAN

    def __getstate__(self) -> tuple[object, ...]:
        # Each prefix's keys as bytes: a page of English has some 40 of 350 prefixes, and
        # unpickling every key (4,000) was most of loading the kept vocabulary.
        packed = dict(self._packed)  # the prefixes not read yet, in their order
        packed.update((two, marshal.dumps(keys)) for two, keys in self._prefixes.items())
        return packed, self._starts, self._chunks

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self._packed, self._starts, self._chunks = state
        self._prefixes = {}
        self._setup([None] * self._starts[-1])

    def _unpacked(self, two: str) -> _Keys | None:
        """The keys that start with ``two`` (read from their bytes at the first ask)."""
        keys = self._prefixes.get(two)
        if keys is None and (packed := self._packed.get(two)) is not None:
            keys = self._prefixes[two] = marshal.loads(packed)
        return keys

    def load(self, index: int) -> Any:
        """The entries of key ``index``, its chunk unpickled (its first use)."""
        entries = self.entries
        chunk = bisect.bisect_right(self._starts, index) - 1
        first = self._starts[chunk]
        for offset, value in enumerate(pickle.loads(self._chunks[chunk])):
            if entries[first + offset] is None:
                entries[first + offset] = value
        return entries[index]

    def found(self, marked: str) -> Iterable[tuple[int, int]]:
        """(index of the last character, key index) of every key in ``marked``, in the
        order of ``Automaton.iter``: by their ends, the longest first."""
        automaton = self.automaton
        if automaton is None:
            if len(marked) <= self._budget:
                self._budget -= len(marked)
                return self._looked_up(marked)
            automaton = self._automaton()
        return automaton.iter(marked)  # type: ignore[no-any-return]

    def _automaton(self) -> ahocorasick.Automaton:
        automaton = self.automaton
        if automaton is None:
            assert self.load_automaton is not None, "a kept vocabulary is given its loader"
            automaton = self.automaton = self.load_automaton()
        return automaton

    def _looked_up(self, marked: str) -> list[tuple[int, int]]:
        """What the automaton's pass finds, by looking each key up where it can start:
        every key starts with a space."""
        found = []
        prefixes, packed = self._prefixes, self._packed
        size = len(marked)
        i = marked.find(" ")
        while i >= 0:
            keys = prefixes.get(two := marked[i + 1 : i + 3])
            if keys is None and two in packed:
                keys = self._unpacked(two)
            if keys is not None:
                for length in keys[1]:  # shortest first
                    if i + length > size:
                        break  # a slice cut at the end could equal a shorter key
                    index = keys[0].get(marked[i : i + length])
                    if index is not None:
                        found.append((i + length - 1, -length, index))
            i = marked.find(" ", i + 1)
        found.sort()
        return [(last, index) for last, _, index in found]

    def iter(self, marked: str) -> Iterator[tuple[int, Any]]:
        """(index of the last character, entries) of every key in ``marked``, in order."""
        entries = self.entries
        for last, index in self.found(marked):
            yield last, entries[index] or self.load(index)

    def items(self) -> Iterator[tuple[str, Any]]:
        """Every key with its entries."""
        entries = self.entries
        for two in list(self._packed or self._prefixes):
            indices = self._prefixes.get(two) or self._unpacked(two)
            assert indices is not None, "every prefix has its keys"
            for key, index in indices[0].items():
                yield key, entries[index] or self.load(index)
