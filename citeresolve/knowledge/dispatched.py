"""Unions of phrases compiled per first character (:class:`Dispatched`), and the
characters a phrase's match can start with, by the engine's own case table."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence

import regex

from .cache import compile_pattern
from .lang import alternation, folding


@functools.cache  # per character: patterns built at a first call ask ~1,000 times
def all_cases(ch: str) -> frozenset[str] | None:
    """The characters a case-insensitive ``ch`` matches in :mod:`regex` (``ch`` among
    them), or None when the engine does not tell (then nothing is dispatched)."""
    try:
        from regex import _regex  # the engine's own table, as its parser uses it
    except ImportError:  # pragma: no cover - every regex release has it
        return None
    get_all_cases = getattr(_regex, "get_all_cases", None)
    if get_all_cases is None:  # pragma: no cover
        return None
    return frozenset(chr(c) for c in get_all_cases(regex.UNICODE, ord(ch))) | {ch}


@functools.cache  # as all_cases; folding() is fixed for the process too
def letter_cases(ch: str) -> frozenset[str] | None:
    """The characters a letter of a case-insensitive phrase matches: its cases in
    :mod:`regex` and, where capitals drop its accent, that capital (see
    :func:`capital_forms`); None when the engine does not tell."""
    cases = all_cases(ch)
    return cases if cases is None else cases | folding().alternatives(ch)


def first_characters(phrase: str) -> frozenset[str] | None:
    """The characters a match of ``phrase`` can start with; None for any (a leading
    ``*``, or no case table)."""
    phrase = phrase.strip()
    case_sensitive = not any(ch.islower() for ch in phrase)
    if phrase.startswith("="):
        phrase, case_sensitive = phrase[1:], True
    first = phrase[:1]
    if first == "*" or not first:
        return None
    if first in "'’":
        return frozenset("'’")
    if case_sensitive:
        return frozenset(first)
    return letter_cases(first)


class Dispatched:
    r"""An anchored alternation of groups of phrases, compiled per first character.

    ``match(view, pos)`` is ``regex.compile("(?:g0|g1|…)" + rest).match(view, pos)``
    where ``gi`` is ``(?P<name>alternation(phrases))`` (or unnamed when the name is
    None), but only the phrases that can start with ``view[pos]`` are compiled, on
    the first position that starts with that character.  A backtracking
    alternation returns its first alternative that matches, and a phrase that
    cannot start with ``view[pos]`` cannot match there, so leaving it out changes no
    match; the order of the groups and of the phrases in each is kept.  Unions of
    every language's words have hundreds of phrases: a one-page draft needs a few
    of their initial letters, so a first call compiles a fraction of them.

    Which characters a case-insensitive phrase can start with is the engine's own
    case table (``get_all_cases``, simple case folding: none of these patterns uses
    full case folding).  Names of groups that have no phrase for a character are
    left out of its pattern (``lastgroup`` still names the group that matched)
    unless ``keep_names``.  ``transform`` rewrites each group's alternation (a
    different boundary before the phrases).  The caches are plain dictionaries
    filled idempotently: threads that race compile the same pattern twice at worst.
    """

    def __init__(
        self,
        groups: Sequence[tuple[str | None, Iterable[str]]],
        rest: str = "",
        flags: int = 0,
        *,
        keep_names: bool = False,
        transform: Callable[[str], str] | None = None,
        heads: bool = False,
    ) -> None:
        self._groups = [(name, [p for p in phrases if p.strip()]) for name, phrases in groups]
        self._rest = rest
        self._flags = flags
        self._keep_names = keep_names
        self._transform = transform
        self._heads: dict[str, regex.Pattern[str] | None] | None = {} if heads else None
        # character -> (group index, phrase index) pairs that may start with it
        self._starts: dict[str, list[tuple[int, int]]] = {}
        self._anywhere: list[tuple[int, int]] = []  # phrases that may start with anything
        dispatch = True
        for g, (_, phrases) in enumerate(self._groups):
            for i, phrase in enumerate(phrases):
                chars = first_characters(phrase)
                if chars is None:
                    if not phrase.strip().lstrip("=").startswith("*"):
                        dispatch = False  # no case table: compile everything
                    self._anywhere.append((g, i))
                    continue
                for ch in chars:
                    self._starts.setdefault(ch, []).append((g, i))
        self._dispatch = dispatch
        self._by_char: dict[str, regex.Pattern[str] | None] = {}
        self._by_phrases: dict[tuple[tuple[int, int], ...], regex.Pattern[str] | None] = {}

    def _build(
        self, chosen: tuple[tuple[int, int], ...], head: bool = False
    ) -> regex.Pattern[str] | None:
        if not head:
            pattern = self._by_phrases.get(chosen, False)
            if pattern is not False:
                return pattern  # type: ignore[return-value]
        wanted = set(chosen)
        branches = []
        for g, (name, phrases) in enumerate(self._groups):
            subset = [p for i, p in enumerate(phrases) if (g, i) in wanted]
            if not subset and not (self._keep_names and name is not None):
                continue
            body = alternation(subset)
            if self._transform is not None:
                body = self._transform(body)
            if head:
                branches.append(f"(?:{body})")  # the same phrases, no group
            else:
                branches.append(f"(?P<{name}>{body})" if name is not None else body)
        if chosen and branches:
            rest = "" if head else self._rest
            pattern = compile_pattern(f"(?:{'|'.join(branches)}){rest}", self._flags, True)
        else:
            pattern = None
        if not head:
            self._by_phrases[chosen] = pattern
        return pattern

    def _chosen(self, ch: str) -> tuple[tuple[int, int], ...]:
        if self._dispatch:
            return tuple(sorted(self._starts.get(ch, []) + self._anywhere))
        return tuple((g, i) for g, (_, ps) in enumerate(self._groups) for i in range(len(ps)))

    def pattern_for(self, ch: str) -> regex.Pattern[str] | None:
        """The pattern tried at a position that starts with ``ch`` (None: nothing can
        match there)."""
        try:
            return self._by_char[ch]
        except KeyError:
            pass
        pattern = self._build(self._chosen(ch))
        self._by_char[ch] = pattern
        return pattern

    def match(self, view: str, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
        ch = view[pos : pos + 1]
        if self._heads is not None:
            # A match of the whole starts with one of its phrases: where none matches, the
            # whole (whose rest has many groups to set up) is not tried, nor built before a
            # phrase of its character matched (the OJ grammar's rest is 30 KB a character).
            # The head and the whole are None for the same characters (_build).
            if ch not in self._heads:
                self._heads[ch] = self._build(self._chosen(ch), head=True)
            head, end = self._heads[ch], len(view) if endpos is None else endpos
            if head is None or head.match(view, pos, end) is None:
                return None
        pattern = self.pattern_for(ch)
        if pattern is None:
            return None
        if endpos is None:
            return pattern.match(view, pos)
        return pattern.match(view, pos, endpos)
