"""Letters written without their accent, as the language files declare them.

Two kinds, one table each (merged over every language file, since a letter of
one script belongs to the languages of that script):

* ``unaccented_capitals``: the accent goes only in capitals (el "ΣΥΝΘΗΚΗ" for
  "συνθήκη", fr "REGLEMENT"): letter -> its capital as written. A lower-case
  word without the accent is another word or a typo, so it is not matched.
* ``unaccented_letters``: texts typed or converted without diacritics drop the
  accent in any case, often only some letters of a word (ro "Tratatul privind
  Comunitatea Economica Europeana", sk "Clánok" where a Latin-1 conversion lost
  the caron and kept the acute): letter -> the bare lower-case letter. Such a
  letter drops its accent in capitals too.

Every letter maps to one letter, so a folded copy of a text has its length.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

import regex

# A first word with more foldable letters than this gets two spellings in the
# trigger automaton (all kept, all folded) instead of one per subset of letters.
_MOST_SUBSET_LETTERS = 4


# What regex.escape escapes in a str (its metacharacters and white space, as
# str.isspace says, which is what re's Unicode \s tests).
_SPECIAL = re.compile(r"[-#}\]?^\[{.&)~$\\(*+|]|\s")


def escape(piece: str) -> str:
    """``regex.escape(piece)``: a first call builds hundreds of patterns from the
    data, and regex.escape tests each character in Python; most pieces have no
    character to escape, which one search tells."""
    return piece if _SPECIAL.search(piece) is None else regex.escape(piece)


class Folding:
    """The two tables of one set of language files, and what is built from them."""

    def __init__(self, capitals: Mapping[str, str], bare: Mapping[str, str]) -> None:
        self.capitals = dict(capitals)
        for letter, base in bare.items():  # a letter typed bare is bare in capitals too
            self.capitals[letter] = base.upper()
        self.bare = dict(bare)
        # lower-case letter -> how a lower-cased copy of a text spells it folded
        self.lower = {letter: capital.lower() for letter, capital in self.capitals.items()}
        self._lower_table = {ord(letter): bare for letter, bare in self.lower.items()}
        # either case of a foldable letter -> the folded letter (lower-cased by casefold)
        self.key_table: dict[int, str] = {}
        for letter, capital in self.capitals.items():
            for form in (letter, letter.upper()):
                if len(form) == 1:  # "ΐ" has no precomposed capital
                    self.key_table[ord(form)] = capital
        self._stamp: str | None = None

    def stamp(self) -> str:
        """A string that changes whenever the tables do (a cache key's part). Built once:
        every trigger's key holds it (a dozen of them in a first call)."""
        if self._stamp is None:
            capitals = "".join(f"{k}{v}" for k, v in sorted(self.capitals.items()))
            self._stamp = capitals + "|" + "".join(f"{k}{v}" for k, v in sorted(self.bare.items()))
        return self._stamp

    def literal(self, piece: str) -> str:
        """The pattern of a run of literal text in a case-insensitive phrase: each
        foldable letter also as its capital without the accent (case-sensitively),
        and a letter typed bare also as its bare letter (in any case)."""
        if not any(ch.lower() in self.capitals for ch in piece):
            return escape(piece)
        out = []
        for ch in piece:
            low = ch.lower()
            if low in self.bare:
                # a class, not an alternation: the engine tests it as fast as a letter
                out.append(f"[{ch}{self.bare[low]}]")
            elif low in self.capitals:
                capital = escape(self.capitals[low])
                out.append(f"(?:{escape(ch)}|(?-i:{capital}))")
            else:
                out.append(escape(ch))
        return "".join(out)

    def alternatives(self, ch: str) -> set[str]:
        """The characters other than ``ch``'s own cases that stand for ``ch`` in a
        case-insensitive phrase (where it may start a match)."""
        low = ch.lower()
        if low in self.bare:
            return {self.bare[low], self.bare[low].upper()}
        capital = self.capitals.get(low)
        return {capital} if capital is not None else set()

    def folded(self, lowered: str) -> str:
        """A lower-cased word with every foldable letter folded."""
        return lowered.translate(self._lower_table)

    def spellings(self, lowered: str) -> set[str]:
        """The spellings of a lower-cased word in a lower-cased copy of a text where
        some of its letters lost their accent: every subset of its foldable letters
        folded (all or none when it has many)."""
        letters = sorted({ch for ch in lowered if ch in self.lower})
        if not letters:
            return {lowered}
        if len(letters) > _MOST_SUBSET_LETTERS:
            return {lowered, self.folded(lowered)}
        out = set()
        for size in range(len(letters) + 1):
            for chosen in itertools.combinations(letters, size):
                out.add(lowered.translate({ord(letter): self.lower[letter] for letter in chosen}))
        return out
