"""Names made of one word ending in an act word: sv "Eppoförordningen", fi "tukiasetus",
et "linnudirektiivi", de "Vogelschutzrichtlinie", da "PIF-direktivet".

Such a name says which kind of act it names, and declines with its act word: fi
"tukiasetus" is "tukiasetuksen" in the genitive, sv "Eppoförordningen" is
"Eppoförordningens". A name is found again in every form that its first part
followed by any form of its act word has (the act words of the language file).

A compound whose first part is a qualifier of the act ("Durchführungsverordnung",
"täytäntöönpanoasetus": data/act_words.toml) or too short to name anything ("EU-
förordningen") names no act of its own: it is no name.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from ..knowledge.data import table
from ..knowledge.lang import load
from ..knowledge.lazy_patterns import deferred_pattern, lazy_pattern

# The act word fields of the language files a compound name may end in.
_KINDS = ("regulation", "directive", "decision", "framework_decision")
# The act_words.toml lists whose words make a compound no name ("Durchführungs").
_QUALIFIERS = ("implementing", "delegated")
# Letters the first part of a name must have: "EU-" and "EG-" name no act.
_MIN_PREFIX_LETTERS = 3
# The word at an act's mention: letters, and hyphens inside ("PIF-direktivet").
_WORD = lazy_pattern(r"[^\W\d_][\w-]*")
# The longest compound name looked at (de "Einlagensicherungsrichtlinie" has 28 letters).
_LONGEST = 60


def _body(phrase: str) -> str:
    """The pattern of one act word without its boundaries: `*` is the rest of the word."""
    return r"\w*".join(regex.escape(piece) for piece in phrase.split("*"))


class CompoundNames:
    """The compound names of one language (see the module docstring)."""

    def __init__(self, lang: str) -> None:
        language = load(lang)
        acts = language.section("acts")
        # An article or a preposition glued to the act word (mt "tad-Direttiva", "id-")
        # is no first part of a name.
        art = language.articles
        self._glued = frozenset(
            w.casefold() for w in [*art["determiners"], *art["of"]] if w.endswith(("-", "'", "’"))
        )
        words = [w.strip().removeprefix("=") for kind in _KINDS for w in acts[kind]]
        single = sorted({w for w in words if w and " " not in w}, key=lambda w: (-len(w), w))
        # Every act word of the language, a name's last part in any of its forms.
        self._any_form = "|".join(_body(w.lstrip("*")) for w in single) or "(?!)"
        # The act word a name ends in: tried at each position, the leftmost match is the
        # longest ending ("täytäntöönpanoasetus" is a listed word, no compound of one).
        self._ending = deferred_pattern(rf"(?i:{self._any_form})\Z")
        qualifiers = table("act_words.toml")
        starts = [w for kind in _QUALIFIERS for w in qualifiers[kind].get(lang, [])]
        self._qualifier = (
            deferred_pattern("|".join(regex.escape(w) for w in starts), regex.IGNORECASE)
            if starts
            else None
        )
        # Kept per word: asked at every act mention and bracketed word ("(EU)"), mostly
        # of the same few words, and its end-anchored search tries every position.
        self.prefix: Callable[[str], str | None] = functools.lru_cache(maxsize=4096)(self._prefix)

    def _prefix(self, name: str) -> str | None:
        """The first part of a compound name ("tuki" of "tukiasetus"), or None when
        ``name`` is no compound of an act word (see the module docstring); ``prefix``."""
        if not name or " " in name:
            return None
        m = self._ending.search(name)
        if m is None:
            return None
        first = name[: m.start()]
        if (
            sum(ch.isalpha() for ch in first) < _MIN_PREFIX_LETTERS
            or first.casefold() in self._glued
        ):
            return None
        if self._qualifier is not None and self._qualifier.match(first):
            return None
        return first

    def forms(self, prefix: str) -> str:
        """A pattern of the name in every form: its first part (its first letter in
        either case, as at a sentence start) and any form of an act word."""
        head = f"(?i:{regex.escape(prefix[0])}){regex.escape(prefix[1:])}"
        return rf"{head}(?i:{self._any_form})"

    def at(self, view: str, pos: int) -> str | None:
        """The compound name written in the word at ``pos`` (an act's mention that opens
        with it, or with its act word: et "linnudirektiivi (2009/147/EÜ)", sv
        "Trafikförsäkringsdirektivet 2009/103/EG"), or None."""
        start = pos
        while start > max(0, pos - _LONGEST) and (
            view[start - 1].isalpha() or view[start - 1] == "-"
        ):
            start -= 1
        m = _WORD.match(view, start)
        if m is None or m.end() - start > _LONGEST:
            return None
        word = m.group().rstrip("-")
        return word if self.prefix(word) is not None else None

    def before(self, view: str, start: int, end: int) -> str | None:
        """The compound name right before the bracket an act's mention fills: nl "de
        Herstructureringsrichtlijn (RICHTLIJN (EU) 2019/1023)", sv
        "Omstruktureringsdirektivet (direktiv (EU) 2019/1023)"; the mention is at
        ``start``-``end``."""
        if view[start - 2 : start] != " (" or view[end : end + 1] != ")":
            return None
        return self.at(view, start - 3)


@functools.cache
def compound_names(lang: str) -> CompoundNames:
    return CompoundNames(lang)
