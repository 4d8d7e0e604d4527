"""Scan: find the few places worth parsing, in one cheap pass over the text.

A grammar built from hundreds of phrases (every treaty name in every case
form) is slow when the regex engine tries it at every position.  A
:class:`Trigger` knows the first word of every phrase and finds where those
words start with an Aho-Corasick automaton (pyahocorasick) over a lower-cased
copy of the text; the grammar then runs only there, anchored.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import marshal
import threading
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick
import regex

from ..knowledge import folding as folding_module
from ..knowledge import lang as lang_module
from ..knowledge.cache_parts import cache_part
from ..knowledge.kept_objects import kept_object, source_stamp
from ..knowledge.lang import folding
from ..limits import DEADLINE_EVERY, check_deadline
from . import trigger_keys as trigger_keys_module
from .trigger_keys import Entry, first_word, first_words, keys_and_entries, normalise


@functools.lru_cache(maxsize=4)
def _normalised_view(view: str) -> str:
    # One copy per text, shared by the triggers of every family; a leading space
    # makes position 0 a word start like any other, a trailing one the text's end a
    # word end (keys of whole words end with a space: _keys_and_entries).
    return " " + normalise(view) + " "


def letters_only(view: str) -> str:
    """The copy of ``view`` the triggers read (:func:`.trigger_keys.normalise`), made once
    per text and shared: ``letters_only(view)[i + 1]`` is ``view[i]`` lower-cased, or a
    space where that is no letter. A literal test there is a ``str.find``."""
    return _normalised_view(view)


def _automaton(values: dict[str, list[Entry]]) -> ahocorasick.Automaton:
    """The automaton of ``values``' keys. A key with one entry and nothing to check
    (most keys) reports (trigger, offset back, literal's key), any other the list of
    its entries: the scan reads the three values of the common case at once."""
    automaton = ahocorasick.Automaton()
    for key, entries in values.items():
        if len(entries) == 1 and entries[0][2] is None and entries[0][3] is None:
            trigger, back, _, _, _, literal_key = entries[0]
            automaton.add_word(key, (trigger, back, literal_key))
        else:
            automaton.add_word(key, list(entries))
    automaton.make_automaton()
    return automaton


def _scan(
    automaton: ahocorasick.Automaton, view: str, triggers: int, low: str | None = None
) -> list[list[tuple[int, str]]]:
    """One pass of ``automaton`` over ``view``: for each trigger, (start, key) of
    every key of it that fired, in no particular order. ``low``: the copy it reads
    (default: the one kept for the text's triggers)."""
    low = _normalised_view(view) if low is None else low  # low[i + 1] is view[i]
    size = len(low)
    fired: list[list[tuple[int, str]]] = [[] for _ in range(triggers)]
    for end, entries in automaton.iter(low):
        if entries.__class__ is tuple:  # one entry, nothing to check (see _automaton)
            fired[entries[0]].append((end - entries[1], entries[2]))
            continue
        for trigger, back, forms, nexts, literal_length, key in entries:
            start = end - back  # in view coordinates
            if forms is not None and view[start : start + literal_length] not in forms:
                continue
            if nexts is not None:
                j = end + 1
                while j < size and low[j] == " ":
                    j += 1
                if not low.startswith(nexts, j):
                    continue
            fired[trigger].append((start, key))
    return fired


class _Combined:
    """One automaton with the keys of many triggers: one pass over a text serves
    them all (a pass costs about as much for 4,000 keys as for 40, and the
    extractor runs eight triggers on every text)."""

    def __init__(self, triggers: Iterable[Trigger], known: _Combined | None = None) -> None:
        self.triggers = tuple(triggers)
        self.index = {t: i for i, t in enumerate(self.triggers)}
        # A batch adds triggers to those of ``known`` (the group's last automaton, its
        # triggers first, at the same indices): their entries are reused, and only the
        # keys of the new triggers are merged (a rebuild merged some 2,300 keys again).
        values: dict[str, list[Entry]] = {} if known is None else dict(known.values)
        start = 0 if known is None else len(known.triggers)
        copied: set[str] = set()  # keys whose list is this automaton's own
        for i in range(start, len(self.triggers)):
            for key, entries in self.triggers[i]._values.items():
                mine = values.get(key)
                if mine is None:
                    values[key] = mine = []
                    copied.add(key)
                elif key not in copied:
                    values[key] = mine = list(mine)  # the known automaton's list stays
                    copied.add(key)
                mine.extend([(i, *e[1:]) for e in entries])
        self.values: dict[str, list[Entry]] = values  # read by the next one
        self._automaton = _automaton(values)
        # The passes over the last few texts (a text's triggers ask one after another).
        self.fired = functools.lru_cache(maxsize=4)(self._fired)

    def _fired(self, view: str) -> list[list[tuple[int, str]]]:
        return _scan(self._automaton, view, len(self.triggers))


class _Registry:
    """Which triggers share the combined automaton.

    A trigger first used on a text runs its own pass there and joins the combined
    automaton when the next text comes, so that a single call (a pre-commit check
    of one draft) builds nothing more, and a batch rebuilds only while it meets
    new languages or families.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._combined: _Combined | None = None
        self._pending: set[Trigger] = set()
        self._pending_view: str | None = None

    def current(self, trigger: Trigger, view: str) -> _Combined | None:
        """The combined automaton if it has ``trigger``, else ``None`` (noting it)."""
        combined = self._combined
        if combined is not None and trigger in combined.index and not self._pending:
            return combined
        with self._lock:
            if self._pending and self._pending_view is not view:
                known = self._combined
                triggers = known.triggers if known is not None else ()
                self._combined = _Combined((*triggers, *sorted(self._pending, key=id)), known)
                self._pending = set()
                self._pending_view = None
            combined = self._combined
            if combined is not None and trigger in combined.index:
                return combined
            self._pending.add(trigger)
            self._pending_view = view
            return None


class _Groups:
    """One :class:`_Registry` per group of texts that ask the same triggers.

    The extractor asks a language's own triggers (its article chains, instrument
    names) and the shared ones (case words, act words of every language); with one
    automaton for all, a text also paid for the hits of the other 23 languages'
    keys ("de", "la", "eu" …) that no family of its language asks for.  A text's
    group is set around its extraction (:func:`trigger_group`, the language).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._registries: dict[str, _Registry] = {}

    def current(self) -> _Registry:
        name = _GROUP.get()
        registry = self._registries.get(name)
        if registry is None:
            with self._lock:
                registry = self._registries.setdefault(name, _Registry())
        return registry


_GROUP: contextvars.ContextVar[str] = contextvars.ContextVar("trigger_group", default="")
_COMBINED = _Groups()


@contextlib.contextmanager
def trigger_group(name: str) -> Iterator[None]:
    """Triggers asked inside this block share the combined automaton of group
    ``name`` (texts of one language ask the same triggers); the results are the
    same in any group. What the block keeps in the user cache is in part ``name``
    of it (:mod:`citeresolve.knowledge.cache_parts`)."""
    token = _GROUP.set(name)
    try:
        with cache_part(name):
            yield
    finally:
        _GROUP.reset(token)


# The code that builds a trigger's tables: these modules and the automaton's library.
_BUILDER = source_stamp(
    __file__,
    trigger_keys_module.__file__,
    lang_module.__file__,
    folding_module.__file__,
    ahocorasick.__file__ or "ahocorasick",
)


def _source_key(phrases: tuple[str, ...], whole_phrases: bool, whole_words: bool) -> str:
    """The key of a trigger's kept tables: its phrases, its mode and the building code."""
    mode = f"{whole_phrases}{whole_words}"
    return "\0".join((_BUILDER, folding().stamp(), mode, *phrases))


def _tables(
    phrases: tuple[str, ...], whole_phrases: bool = False, whole_words: bool = False
) -> tuple[dict[str, str], dict[str, list[Entry]], ahocorasick.Automaton | None]:
    """What a :class:`Trigger` of ``phrases`` looks up: each literal's automaton key, the
    entries of each key, and the automaton of those keys (``None`` for no keys)."""
    entries, followers = first_words(phrases, whole_phrases, whole_words or whole_phrases)
    keys, values = keys_and_entries(entries, followers)
    return keys, values, (_automaton(values) if values else None)


# The keys and automaton of _tables, the key of each phrase (Trigger.key_of) and the
# phrases of each key (their indices, in order; None: phrases the trigger cannot see).
_Indexed = tuple[
    dict[str, str],
    ahocorasick.Automaton | None,
    tuple[str | None, ...],
    dict[str | None, tuple[int, ...]],
]


def _indexed_tables(
    phrases: tuple[str, ...], whole_phrases: bool = False, whole_words: bool = False
) -> tuple[
    dict[str, str],
    dict[str, list[Entry]],
    ahocorasick.Automaton | None,
    tuple[str | None, ...],
    dict[str | None, tuple[int, ...]],
]:
    """The tables of :func:`_tables` with each phrase's key and each key's phrases, kept
    with them: a group of two thousand names looked each key up in every process."""
    keys, values, automaton = _tables(phrases, whole_phrases, whole_words)
    phrase_keys = tuple(_key_of(keys, phrase) for phrase in phrases)
    where: dict[str | None, list[int]] = {}
    for i, key in enumerate(phrase_keys):
        where.setdefault(key, []).append(i)
    return keys, values, automaton, phrase_keys, {k: tuple(v) for k, v in where.items()}


def _key_of(keys: dict[str, str], phrase: str) -> str | None:
    return keys.get(first_word(phrase).lstrip("*"))


class Trigger:
    """Start positions of the first words of a set of phrases (see :mod:`citeresolve.lang`).

    Words match at word starts (after anything that is not a letter, so also in
    "32001R2580Official Journal"), regardless of case, except the first words
    of phrases that :mod:`citeresolve.lang` matches with exact capitalisation
    (abbreviations such as "DO" or "EE", and "=" phrases): those must appear
    exactly so, which keeps the Portuguese "do" from triggering the OJ grammar.

    With ``whole_phrases`` (a trigger whose positions only these phrases are matched
    at), every first word is checked with the first letters of the next word of its
    phrases, not only the short ones. With ``whole_words`` (a trigger whose positions
    only these phrases' first words are matched at, each as :mod:`citeresolve.lang`
    matches a whole word: ending before white space or where no letter follows), a
    first word that is all letters fires only where no letter follows it ("VO" is
    not reported in "von"); ``whole_phrases`` implies it.
    """

    def __init__(
        self, phrases: Iterable[str], whole_phrases: bool = False, whole_words: bool = False
    ) -> None:
        phrases = tuple(phrases)
        # Built from the phrases by this module's code with this pyahocorasick: kept
        # across processes under that key (knowledge.kept_objects.kept_object).
        key = _source_key(phrases, whole_phrases, whole_words)
        # The entries of each key are read only to combine triggers (the next text of
        # a batch): they are kept apart, so that a single call does not read them.
        built: list[dict[str, list[Entry]]] = []

        def build() -> _Indexed:
            keys, values, automaton, phrase_keys, where = _indexed_tables(
                phrases, whole_phrases, whole_words
            )
            built.append(values)
            return keys, automaton, phrase_keys, where

        tables = kept_object("trigger-tables", key, build)
        self._keys, self._automaton, self.phrase_keys, self.where = tables
        self._source = (phrases, whole_phrases, whole_words, built)
        # The set of one key, the same object at each of its hits: most positions fire
        # one key, and the grammars look their patterns up by the set (its hash kept).
        self._one: dict[str, frozenset[str]] = {}

    def __getstate__(self) -> tuple[object, ...]:
        # Kept inside what is built from it (the instrument matcher's phrase groups,
        # see families/instrument_names.py): the tables and the phrases, not the entries
        # built with them (read kept when a batch combines triggers) nor the caches. The
        # keys of the literals as marshal bytes, read at the first key_of (a first call
        # of a fresh process asks none of the matcher's: a sixth of loading it).
        phrases, whole_phrases, whole_words, _ = self._source
        keys = self.__dict__.get("_keys")
        packed = marshal.dumps(keys) if keys is not None else self._packed_keys
        state = (packed, self._automaton, self.phrase_keys, self.where)
        return (*state, phrases, whole_phrases, whole_words)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self._packed_keys, self._automaton, self.phrase_keys, self.where, *source = state
        self._source = (*source, [])
        self._one = {}

    @functools.cached_property
    def _keys(self) -> dict[str, str]:
        """Each literal's automaton key (a kept trigger's, from its marshal bytes)."""
        keys: dict[str, str] = marshal.loads(self._packed_keys)
        return keys

    @functools.cached_property
    def _values(self) -> dict[str, list[Entry]]:
        """The entries of each automaton key: those this process built, else kept."""
        phrases, whole_phrases, whole_words, built = self._source
        if built:
            return built[0]
        return kept_object(
            "trigger-values",
            _source_key(phrases, whole_phrases, whole_words),
            lambda: _tables(phrases, whole_phrases, whole_words)[1],
        )

    def key_of(self, phrase: str) -> str | None:
        """The automaton key that fires where ``phrase`` may start; ``None`` for a
        phrase the trigger cannot see (no letters in its first word)."""
        return _key_of(self._keys, phrase)

    def _fired(self, view: str) -> list[tuple[int, str]]:
        """(start, key) of every key that fired, in no particular order."""
        if self._automaton is None:
            return []
        combined = _COMBINED.current().current(self, view)
        if combined is not None:
            return combined.fired(view)[combined.index[self]]
        return _scan(self._automaton, view, 1)[0]

    def fired_apart(self, text: str) -> list[tuple[int, str]]:
        """(start, key) of every key that fires in ``text``, a short string that is no
        document's view (a window with its asides taken out): this trigger's own
        automaton over a copy of its own, neither kept nor shared with the view's
        triggers (whose copies and combined automaton are per text)."""
        if self._automaton is None:
            return []
        return _scan(self._automaton, text, 1, " " + normalise(text) + " ")[0]

    def positions(self, view: str) -> Iterator[int]:
        """Increasing start positions of trigger words in ``view``."""
        for i, start in enumerate(sorted({start for start, _ in self._fired(view)})):
            # The grammars run anchored at each position without a regex timeout
            # (see citeresolve.limits): the document's deadline is checked here.
            if not i % DEADLINE_EVERY:
                check_deadline()
            yield start

    def hits(self, view: str) -> Iterator[tuple[int, frozenset[str]]]:
        """Increasing start positions of trigger words, each with the keys that fired there."""
        first: dict[int, str] = {}  # the key that fired first at each position
        more: dict[int, set[str]] = {}  # every key, where more than one fired
        for start, key in self._fired(view):
            if first.setdefault(start, key) != key:
                more.setdefault(start, {first[start]}).add(key)
        one = self._one
        for i, start in enumerate(sorted(first)):
            if not i % DEADLINE_EVERY:
                check_deadline()  # as in positions()
            several = more.get(start)
            if several is not None:
                yield start, frozenset(several)
                continue
            key = first[start]
            keys = one.get(key)
            if keys is None:
                keys = one[key] = frozenset((key,))
            yield start, keys


def occurrences(view: str, literal: str) -> Iterator[int]:
    """Every start of ``literal`` in ``view`` (``str.find``: gigabytes a second)."""
    i = view.find(literal)
    while i >= 0:
        yield i
        i = view.find(literal, i + 1)


def may_end_with(
    text: str, marks: str, blanks: str, start: int = 0, end: int | None = None
) -> bool:
    """Whether ``text[start:end]`` ends, where ``$`` matches (at its end, or before a
    newline that ends it), with one of ``marks`` and then only ``blanks``: what a match
    of a pattern that closes with such a mark, ``blanks`` and ``$`` needs. A search
    for one tries every start in the window; this test spares most of them."""
    end = len(text) if end is None else end
    for stop in (end, end - 1) if text[end - 1 : end] == "\n" else (end,):
        k = stop
        while k > start and text[k - 1] in blanks:
            k -= 1
        if k > start and text[k - 1] in marks:
            return True
    return False


def matches_from(
    pattern: regex.Pattern[str], view: str, starts: Iterable[int]
) -> Iterator[regex.Match[str]]:
    """What ``pattern.finditer(view)`` yields, given (in any order, with repeats)
    every position where one of its matches can start: a literal that each match
    holds at a fixed offset ("/" of "2022/2505(RSP)", "COM") is found far faster
    than the regex engine tries the pattern at every position. Matches are never
    empty and do not overlap, as in the whole-text scan."""
    end = tried = 0
    for pos in sorted(set(starts)):
        if pos < end or pos < 0:
            continue
        if not tried % DEADLINE_EVERY:
            check_deadline()  # anchored calls carry no regex timeout (see limits)
        tried += 1
        m = pattern.match(view, pos)
        if m is not None and m.end() > pos:
            yield m
            end = m.end()
