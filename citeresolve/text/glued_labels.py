"""An article word glued to the label before it, as a table flattened into text writes a
label cell and its value: pl "Podstawa prawnaArtykuł 304 Traktatu o funkcjonowaniu Unii
Europejskiej", en "Legal basisArticle 304 TFEU", de "RechtsgrundlageArtikel 304 AEUV".
The view reads the label's last letter as a space (the same length), so that the
article word starts a word; only a capitalised article word right after two lower-case
letters and before its number counts, and so does an abbreviated one of three letters
or more (sv "Rättslig grundArt. 46 FEUF", pl "Podstawa prawnaArt. 304 TFUE")."""

from __future__ import annotations

import functools

import regex

from ..knowledge.cache import compile_pattern
from ..knowledge.lang import all_languages


def _capitalised(word: str) -> str | None:
    """The pattern of an article word capitalised, or None for a short or spaced one."""
    stem = word.rstrip("*")
    letters = stem.removesuffix(".")
    if not letters.isalpha() or len(letters) < (3 if stem.endswith(".") else 4):
        return None
    return regex.escape(stem[0].upper() + stem[1:]) + (r"\p{Ll}*" if word != stem else "")


@functools.cache
def _glued_article_word() -> regex.Pattern[str]:
    phrases = {p for language in all_languages() for p in language.articles["article"]}
    words = {w for w in map(_capitalised, phrases) if w is not None}
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return compile_pattern(rf"(?<=\p{{Ll}})(?:{alternatives})(?=[ \u00a0]\d)")


def unglue_article_words(view: str) -> str:
    """``view`` with the letter before each glued article word read as a space."""
    starts = [
        m.start() for m in _glued_article_word().finditer(view) if view[m.start() - 2].isalpha()
    ]
    if not starts:
        return view
    chars = list(view)
    for start in starts:
        chars[start - 1] = " "
    return "".join(chars)
