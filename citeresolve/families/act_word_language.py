"""Whose act word a lower-case match is: act words of every language are searched in
every text, but a word that names an act in one language is often an ordinary word in
another (fr "orientation", an ECB guideline, in en "discrimination on grounds of
sexual orientation (2000/78/EC)"). A text cites an act of another language by its
name, capitalised as names are ("Richtlinie 2000/78/EG" in an English text); so in a
text of a known language a lower-case act word counts only when it is one of that
language's own act words (the ``[acts]`` lists of its language file)."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import alternation, load, phrase_key
from .act_numbers import ACT_KINDS


@functools.cache
def _own_phrases(code: str) -> tuple[str, ...]:
    acts = load(code).section("acts")
    return tuple(p for field in ACT_KINDS for p in acts[field])


@functools.cache
def _own_keys(code: str) -> frozenset[str]:
    """The language's act words written out in full, under their phrase keys: most
    lower-case matches are found here without a pattern."""
    return frozenset(phrase_key(p) for p in _own_phrases(code) if "*" not in p)


@functools.cache
def _own_pattern(code: str) -> regex.Pattern[str] | None:
    """The language's act words with an inflected ending ("forordning*", "*richtlinie")."""
    inflected = [p for p in _own_phrases(code) if "*" in p]
    return compile_pattern(alternation(inflected)) if inflected else None


@functools.lru_cache(maxsize=4096)
def _is_own(code: str, surface: str) -> bool:
    # Cached per surface: a text repeats its act words, so the pattern runs once each.
    if phrase_key(surface) in _own_keys(code):
        return True
    pattern = _own_pattern(code)
    return pattern is not None and pattern.fullmatch(surface) is not None


def counts_in(code: str | None, surface: str, after: bool = False) -> bool:
    """Whether an act word matched as ``surface`` names an act in a text of language
    ``code`` (None: unknown, every match counts). Capitalised words always count, but
    ``after`` a number only in a language that names an act's kind last (hu "a 2004/38
    irányelv"): elsewhere a word there is a national decision's (de "Kart 132/20
    Beschluss", sv "mål 4471/21 beslut"), the EU act's word stands before its number."""
    if after and code is not None and not _kind_after_number(code):
        return False
    return code is None or not surface[:1].islower() or _is_own(code, surface)


@functools.cache
def _kind_after_number(code: str) -> bool:
    return bool(load(code).section("acts").get("kind_after_number", False))


@functools.cache
def _own_kinds(code: str) -> tuple[tuple[str, frozenset[str], regex.Pattern[str] | None], ...]:
    """Per act kind, in ACT_KINDS order, the language's words in full and inflected."""
    acts = load(code).section("acts")
    out = []
    for field in ACT_KINDS:
        inflected = [p for p in acts[field] if "*" in p]
        out.append(
            (
                field,
                frozenset(phrase_key(p) for p in acts[field] if "*" not in p),
                compile_pattern(alternation(inflected)) if inflected else None,
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def own_kind(code: str | None, surface: str) -> str | None:
    """The kind of act the word ``surface`` names in language ``code``, or None when it
    is none of that language's act words: a word is read in the text's own language
    before other languages' meanings (sl "Smernica", an ECB guideline, is sk's
    directive "smernica")."""
    if code is None:
        return None
    key = phrase_key(surface)
    for field, keys, pattern in _own_kinds(code):
        if key in keys or (pattern is not None and pattern.fullmatch(surface) is not None):
            return field
    return None
