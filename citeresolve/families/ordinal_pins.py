"""Pins written in reverse order with ordinal numbers, in languages that put the number
before its word (sl "(a) podtočko 18. točke 2. člena Uredbe 651/2014": point (a) of
point 18 of Article 2; "a točke 13. člena Direktive": point (a) of Article 13; "5. točko
2. člena": point 5 of Article 2). The lexer reads "podtočko 18" and "točke 2" as words
with their numbers; here each ordinal goes to the word after it, and the point letter
or ordinal before the first word becomes that word's value
(:meth:`.articles.ChainReader._ordinal_first_tokens`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lazy_patterns import lazy_pattern
from .chain_state import Token
from .ordinal_first import ORDINAL_REACH

_VALUES = frozenset({"NUM", "BNUM", "LETTER", "LETP", "BLET"})
# words an ordinal before them numbers: points and paragraphs
_PIN_WORDS = frozenset({"PT", "PAR"})
_LETTERS = frozenset({"LETTER", "LETP", "BLET"})
# what the lexer read before a number that is really the next word's ordinal
_BEFORE_ORDINAL = _PIN_WORDS | _LETTERS
# the dot that ends an ordinal the lexer read with its number, and the space after it
_DOT_GAP = lazy_pattern(r"\.[ \u00a0]+")
_ORDINAL_BEFORE = lazy_pattern(r"(?<![\d.,/])(\d{1,3}[a-z]?)\.[ \u00a0]+\Z")


def bare_letter_pattern(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """A point letter right before its point word, in brackets ("(a) podtočko") or
    bare ("a točke"), never one of the language's one-letter words (``letter_words``:
    sl "v točki", "s točko") nor a bare letter right after a comma (sl ", a točke":
    "but")."""
    words = "".join(regex.escape(w) for w in art.get("letter_words", []) if len(w) == 1)
    bare = rf"(?![{words}])" if words else ""
    return compile_pattern(
        rf"(?:(?<![\w)(.])\((?P<bracket>\p{{Ll}})\)"
        rf"|(?<![\w)(.,-])(?<![,;][ \u00a0]){bare}(?P<bare>\p{{Ll}}))"
        r"[ \u00a0]+\Z"
    )


def ordinals_to_next_word(view: str, tokens: list[Token]) -> list[Token]:
    """A number the lexer gave the word before it that ends with a dot and stands
    right before a point or paragraph word ("podtočko 18. točke"): the ordinal of
    that word ("točke 18"), when the word has no value of its own."""
    out = list(tokens)
    k = 1
    while k < len(out) - 1:
        num, word = out[k], out[k + 1]
        after = out[k + 2] if k + 2 < len(out) else None
        dot = _DOT_GAP.match(view, num.end - 1)
        if (
            num.kind == "NUM"
            and out[k - 1].kind in _BEFORE_ORDINAL
            and word.kind in _PIN_WORDS
            and dot is not None
            and dot.end() == word.start
            and not view[word.start].isupper()
            and (after is None or after.kind not in _VALUES)
        ):
            out[k : k + 2] = [word, Token("NUM", num.start, word.end, num.value)]
            k += 2
            continue
        k += 1
    return out


def value_before_first_word(
    view: str, tokens: list[Token], letters: regex.Pattern[str], latin: Callable[[str], str]
) -> list[Token]:
    """A first point or paragraph word with no value after it takes the ordinal ("5.
    točko 2. člena") or, a point word, the letter ("(a) podtočko", "a točke 13.
    člena") right before it. A bare letter counts only before an ordinal pin that
    reaches an article ("a točke 13. člena"), never before a number of its own."""
    if len(tokens) < 2 or tokens[0].kind not in _PIN_WORDS or tokens[1].kind in _VALUES:
        return tokens
    word = tokens[0]
    m = _ORDINAL_BEFORE.search(view, max(0, word.start - ORDINAL_REACH), word.start)
    if m is not None:
        number = Token("NUM", m.start(), word.end, m[1])
        return [Token(word.kind, m.start(), m.start()), number, *tokens[1:]]
    if word.kind != "PT":
        return tokens
    m = letters.search(view, max(0, word.start - 6), word.start)
    if m is None or (m["bare"] and not _reaches_article(tokens)):
        return tokens
    letter = m["bracket"] or m["bare"]
    return [
        Token("PT", m.start(), word.end),
        Token("LETTER", m.start(), word.end, latin(letter)),
        *tokens[1:],
    ]


def _reaches_article(tokens: list[Token]) -> bool:
    """The pin goes on over ordinal words to its article word ("točke 13. člena")."""
    return any(t.kind == "ART" for t in tokens[1:4])


def cut_before_next_pin(tokens: list[Token]) -> list[Token]:
    """A listed point letter with its point word after it starts a pin of its own ("c
    točke 13. člena in b) točke 4. člena": point (b) of Article 4, not of Article 13):
    the chain ends before the word that lists it."""
    for k in range(2, len(tokens) - 1):
        if (
            tokens[k].kind in _LETTERS
            and tokens[k + 1].kind == "PT"
            and tokens[k - 1].kind in ("AND", "COMMA")
        ):
            return tokens[: k - 1]
    return tokens
