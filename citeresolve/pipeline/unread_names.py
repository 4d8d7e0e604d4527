"""A treaty reference word that starts a treaty's name the matcher could not read: de
"den Vertrag zur Gründung der Europäischen Atom gemeinschaft" (the Euratom Treaty's name,
a word broken by a space as a PDF's text layer sets it) is no "the Treaty" pointing back
to another Treaty, nor the EC Treaty an act's title falls back to. The words after it are
those that follow the head word in one of the language's treaty names ("zur Gründung
der"); a name read whole would have taken the reference word in. Read without its spaces
the rest is that treaty's name: the reference names it; otherwise it names none."""

from __future__ import annotations

import functools

import regex

from ..knowledge.lang import Language, alternation
from ..knowledge.lazy_patterns import deferred_pattern
from ..model.keys import is_treaty

# How many words after the head word of a treaty's name show that the name goes on.
_NAME_WORDS = 3
# What a word broken by a space loses: the spaces, and the case of the part after them.
_SPACES = deferred_pattern(r"\s+")


@functools.cache
def _continuations(language: Language) -> tuple[regex.Pattern[str], dict[str, str]] | None:
    """The pattern of the words after a name's head word, and by each name's rest
    written without spaces (case-folded), its treaty, longest first."""
    rests: dict[str, str] = {}
    phrases: set[str] = set()
    for code, entry in language.instruments.items():
        if not is_treaty(code):
            continue
        for name in entry["names"]:
            words = name.split()
            if len(words) > _NAME_WORDS and "*" not in " ".join(words[1:]):
                phrases.add(" ".join(words[1 : 1 + _NAME_WORDS]))
                rests.setdefault("".join(words[1:]).casefold(), code)
    if not phrases:
        return None
    pattern = deferred_pattern(rf"\s+(?:{alternation(sorted(phrases))})")
    return pattern, dict(sorted(rests.items(), key=lambda item: -len(item[0])))


def unread_name(language: Language, view: str, end: int) -> str | None:
    """After a treaty reference word ending at ``end`` that goes on as a treaty's name:
    the treaty, or "" when its words are no name read whole; None where no name goes on."""
    found = _continuations(language)
    if found is None or found[0].match(view, end) is None:
        return None
    text = view[end : end + 4 * max(len(rest) for rest in found[1])]
    joined = _SPACES.sub("", text).casefold()
    for rest, code in found[1].items():
        if joined.startswith(rest) and not joined[len(rest) : len(rest) + 1].isalpha():
            return code
    return ""
