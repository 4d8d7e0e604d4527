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
from ..knowledge.lang import all_languages, kept_union, union_phrases
from ..model import keys as keys_module
from ..model.keys import is_treaty


def _capitalised(word: str) -> str | None:
    """The pattern of an article word capitalised, or None for a short or spaced one."""
    stem = word.rstrip("*")
    letters = stem.removesuffix(".")
    if not letters.isalpha() or len(letters) < (3 if stem.endswith(".") else 4):
        return None
    return regex.escape(stem[0].upper() + stem[1:]) + (r"\p{Ll}*" if word != stem else "")


@functools.cache
def _glued_article_word() -> regex.Pattern[str]:
    phrases = set(union_phrases("articles", "article"))
    words = {w for w in map(_capitalised, phrases) if w is not None}
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w)))
    return compile_pattern(rf"(?<=\p{{Ll}})(?:{alternatives})(?=[ \u00a0]\d)")


def unglue_article_words(view: str) -> str:
    """``view`` with the letter before each glued article word read as a space."""
    starts = [
        m.start() for m in _glued_article_word().finditer(view) if view[m.start() - 2].isalpha()
    ]
    return _spaced_before(view, starts)


@functools.cache
def _glued_prepositions() -> tuple[regex.Pattern[str], frozenset[str]]:
    """An article word of a language with [articles] ``glued_prepositions``, run into
    the word before it and before its number, and those prepositions: bg "в обхвата
    начлен4 от Директива (ЕС)2022/2555", cs "podlečlánku 5", pl "wart. 5"."""
    words = set()
    for word in kept_union("glued-preposition-articles", _articles_of_glued_languages, __file__):
        stem = word.rstrip("*")
        words.add(regex.escape(stem) + (r"\p{Ll}*" if word != stem else ""))
    alternatives = "|".join(sorted(words, key=lambda w: (-len(w), w))) or "(?!)"
    pattern = compile_pattern(rf"(?:{alternatives})(?=[ \u00a0]?\d)")
    return pattern, frozenset(union_phrases("articles", "glued_prepositions"))


def _articles_of_glued_languages() -> list[str]:
    return [
        word
        for language in all_languages()
        if language.articles.get("glued_prepositions")
        for word in language.articles["article"]
    ]


def unglue_prepositions(view: str) -> str:
    """``view`` with the last letter of a preposition that is all of the word run into
    an article word read as a space (the same length)."""
    pattern, prepositions = _glued_prepositions()
    starts = []
    for m in pattern.finditer(view):
        k = m.start()
        if not view[k - 1 : k].islower():
            continue
        while k > 0 and view[k - 1].isalpha():
            k -= 1
        if view[k : m.start()] in prepositions:
            starts.append(m.start())
    return _spaced_before(view, starts)


def _spaced_before(view: str, starts: list[int]) -> str:
    """``view`` with the character before each of ``starts`` read as a space (same length,
    so offsets stay those of the text)."""
    if not starts:
        return view
    chars = list(view)
    for start in starts:
        chars[start - 1] = " "
    return "".join(chars)


@functools.cache
def _glued_treaty_name() -> regex.Pattern[str]:
    """The first two words of a Treaty's full name (capitalised, three words or more)
    right after two lower-case letters, or after a footnote mark glued to a word: the
    space before it lost in conversion (en "theTreaty on the Functioning of the European
    Union", bg "ТАБЛИЦА НА СЪОТВЕТСТВИЕТО1Договор за Европейския съюз")."""
    heads = kept_union("glued-treaty-heads", _treaty_heads, __file__, keys_module.__file__)
    alternatives = "|".join(heads)
    return compile_pattern(rf"(?<=\p{{Ll}}{{2}}|\p{{L}}\d)(?:{alternatives})(?=\s)")


def _treaty_heads() -> list[str]:
    """The first two words of every language's full names of Treaties, longest first,
    escaped."""
    heads = set()
    for language in all_languages():
        for code, entry in language.instruments.items():
            if not is_treaty(code):
                continue
            for name in entry["names"]:
                words = name.split()
                if len(words) >= 3 and _capitalised_head(words[:2]):
                    heads.add(" ".join(words[:2]))
    return [regex.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h))]


def _capitalised_head(words: list[str]) -> bool:
    """Whether a name's first two words are plain words, the first capitalised and of
    five letters or more ("Treaty on", never a wildcard or an elision)."""
    return words[0][:1].isupper() and len(words[0]) >= 5 and all(w.isalpha() for w in words)


def unglue_treaty_names(view: str) -> str:
    """``view`` with the letter before each glued Treaty name read as a space."""
    return _spaced_before(view, [m.start() for m in _glued_treaty_name().finditer(view)])
