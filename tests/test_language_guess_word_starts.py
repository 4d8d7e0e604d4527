"""The language guess's phrases are found at word starts only, by a walk over a copy of
the text with a space for every character that is no letter or digit
(pipeline/language_guess.py): the same phrases as a test of every word start."""

from __future__ import annotations

import random

from citeresolve.pipeline import language_guess
from citeresolve.pipeline.language_guess import _phrases, _vocabulary


def _by_first_character() -> dict[str, list[tuple[str, tuple[object, ...]]]]:
    out: dict[str, list[tuple[str, tuple[object, ...]]]] = {}
    for key, entries in _vocabulary().items():
        for entry in entries:
            literal = entry[4] if entry[4] is not None else key[1:]
            out.setdefault(literal[0], []).append((literal, entry))
    return out


def _reference(low: str) -> set[tuple[int, int, tuple[object, ...]]]:
    """Every phrase that starts where the character before is no letter or digit."""
    phrases = _by_first_character()
    found = set()
    for start, ch in enumerate(low):
        if start > 0 and low[start - 1].isalnum():
            continue
        for literal, entry in phrases.get(ch, ()):
            if low.startswith(literal, start):
                found.add((start, start + len(literal) - 1, entry))
    return found


def _check(text: str) -> None:
    low = text.lower()
    hits = list(_phrases(low))
    assert set(hits) == _reference(low)
    ends = [end for _, end, _ in hits]
    assert ends == sorted(ends)  # in the order of their ends


def test_phrases_after_any_character_that_is_no_letter_or_digit() -> None:
    # fr, de, el, bg: after spaces, brackets, quotes, dashes, a line's start, a slash
    _check("(l'article 5 du traité) «règlement» –directive/décision\narticle 7")
    _check("„Artikel 3 EUV“ und (Verordnung) §Richtlinie\tAbsatz 2")
    _check("«άρθρο 5 ΣΛΕΕ» —Κανονισμός·οδηγία\nΣυνθήκη")
    _check("„член 5 ДФЕС“ (регламент) –директива/решение")


def test_no_phrase_inside_a_word_or_after_a_digit() -> None:
    # it, sv, pl: a phrase's letters glued to a word or a number are no phrase
    _check("regolamentata 5articolo xregolamento articolo5")
    _check("förordningen 3artikel iartikel")
    _check("rozporządzenie 2artykuł zartykuł")


def test_a_phrase_with_other_characters_matches_them_exactly() -> None:
    # "en particulier" across a line break, "go-ep" and "go ep", "art." and "art,"
    _check("en\nparticulier, en particulier et en-particulier")
    _check("GO-EP go ep go_ep go.ep")
    _check("art. 5, art, 6 art.7 art\u00a08")


def test_many_kinds_of_other_characters_and_odd_ones() -> None:
    # more distinct characters than the copy replaces one by one, lone surrogates,
    # combining marks, NUL, a capital whose lower case is longer
    odd = "•◦▪►▼→←↑↓✓✗※†‡¶©®™€£¥¢¤"
    _check(" ".join(f"{ch}article {ch}Artikel{ch}" for ch in odd))
    _check("\ud800article e\u0301article \x00artikel İartikel \u200barticolo")


def test_random_texts_of_phrases_and_separators() -> None:
    rng = random.Random(16)
    literals = sorted(literal for group in _by_first_character().values() for literal, _ in group)
    separators = [" ", "\n", ",", ".", "-", "(", "„", "«", "–", "’", "\x00", "_", "9", "x", "é"]
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 12)):
            word = rng.choice(literals)
            parts.append(word.upper() if rng.random() < 0.3 else word)
            parts.append(rng.choice(separators))
        _check("".join(parts))


def test_the_copy_keeps_offsets() -> None:
    text = "l'article 5 – „Artikel“ № 7 \ud800 x"
    marked = language_guess._marked(text)
    assert len(marked) == len(text) + 1
    assert all(marked[i + 1] == (ch if ch.isalnum() else " ") for i, ch in enumerate(text))
