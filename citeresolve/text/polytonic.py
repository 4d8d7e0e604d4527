"""Greek polytonic letters read as monotonic ones, letter for letter, so the view keeps
its length: judgments of the Court of the early 1980s and older Greek law texts are
written with breathings and circumflexes ("Ὑπόθεση 51/81", "ἀπό άρθρο 215 τῆς
συνθήκης ΕΟΚ"), which the phrases of ``data/lang/el.toml`` (monotonic) do not match.

A word of up to three letters loses its accent, as monotonic spelling writes its
monosyllables ("τῆς" → "της", "τοῦ" → "του"); a longer word keeps one as the tonos
("ἄρθρο" → "άρθρο", "Κοινοτήτων"). Breathings and the iota subscript are dropped.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from ..knowledge.lazy_patterns import lazy_pattern

_POLYTONIC = lazy_pattern(r"[\u1f00-\u1fff]")
# A word holding a polytonic letter: Greek letters and marks around it.
_WORD = lazy_pattern(r"[\p{Greek}]*[\u1f00-\u1fff][\p{Greek}]*")
_ACCENTS = {"\u0301", "\u0300", "\u0342"}  # oxia, varia, perispomeni


@functools.cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """Polytonic letter -> monotonic letter with its tonos, and -> bare letter."""
    accented: dict[int, str] = {}
    bare: dict[int, str] = {}
    for code in range(0x1F00, 0x2000):
        decomposed = unicodedata.normalize("NFD", chr(code))
        base = decomposed[0]
        if not ("\u0391" <= base <= "\u03c9"):
            continue
        plain = base
        toned = unicodedata.normalize("NFC", base + "\u0301")
        if len(toned) != 1:
            toned = plain
        bare[code] = plain
        accented[code] = toned if _ACCENTS & set(decomposed[1:]) else plain
    return accented, bare


def _fold_word(match: regex.Match[str]) -> str:
    accented, bare = _tables()
    word = match.group()
    return word.translate(bare if len(word) <= 3 else accented)


def fold_polytonic(view: str) -> str:
    """``view`` with its polytonic Greek words in monotonic letters (same length)."""
    if view.isascii() or not _POLYTONIC.search(view):
        return view
    return _WORD.sub(_fold_word, view)
