"""The language guess's vocabulary loaded in parts (pipeline/vocabulary_entries.py): the
key lookups of a process's first texts find what the automaton's pass finds, in the
same order, and a kept vocabulary gives the entries of the one built."""

from __future__ import annotations

import pickle
import random

from citeresolve.pipeline import vocabulary_entries
from citeresolve.pipeline.language_guess import _marked, _vocabulary, foreign_lines
from citeresolve.pipeline.vocabulary_entries import Vocabulary, automaton_of, key_order


def _kept(vocabulary: Vocabulary) -> Vocabulary:
    """``vocabulary`` as a later process reads it: no automaton, no entries yet."""
    kept: Vocabulary = pickle.loads(pickle.dumps(vocabulary))
    order = key_order(key for key, _ in vocabulary.items())
    kept.load_automaton = lambda: automaton_of(order)
    return kept


def _same(vocabulary: Vocabulary, marked: str) -> None:
    automaton = vocabulary.automaton or vocabulary.load_automaton()  # type: ignore[misc]
    assert vocabulary._looked_up(marked) == list(automaton.iter(marked))


def test_lookups_find_what_the_automaton_finds() -> None:
    keys = {" art": 1, " artikel": 2, " artikel 5": 3, " a b c": 4, " ab": 5, "  x y": 6}
    vocabulary = Vocabulary(keys)
    rng = random.Random(7)
    words = ["art", "artikel", "5", "a", "b", "c", "ab", "x", "y", "abc", "arti"]
    for _ in range(2000):
        marked = " " + " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        _same(vocabulary, marked + rng.choice(["", " ", "  "]))
    # a key cut off by the end of the text is not found ("artikel" in " artikel 5" at the end)
    _same(vocabulary, " artikel")
    order = key_order(keys)
    assert vocabulary._looked_up(" artikel") == [
        (3, order.index(" art")),
        (7, order.index(" artikel")),
    ]


def test_the_real_vocabulary_by_lookups_and_by_automaton() -> None:
    vocabulary = _vocabulary()
    keys = [key for key, _ in vocabulary.items()]
    rng = random.Random(11)
    for _ in range(300):
        text = " ".join(
            rng.choice(keys).strip() + rng.choice(["", "s", " ", "-", ". 5"])
            for _ in range(rng.randint(1, 20))
        )
        _same(vocabulary, _marked(text))


def test_a_kept_vocabulary_reads_short_texts_without_its_automaton(monkeypatch) -> None:
    monkeypatch.setattr(vocabulary_entries, "PYTHON_SCAN", 200)
    built = Vocabulary({" artikel": ("de",), " article": ("en", "fr"), " treaty": ("en",)})
    kept = _kept(built)
    assert kept.automaton is None and kept.entries == [None, None, None]
    assert list(kept.iter(" the article 5")) == list(built.iter(" the article 5"))
    assert kept.automaton is None  # short: looked up
    assert kept.entries.count(None) == 1  # the chunk of "ar" only
    long = " article" * 40
    assert list(kept.iter(long)) == list(built.iter(long))
    assert kept.automaton is not None  # past what a process reads by lookups
    assert dict(kept.items()) == dict(built.items())


def test_foreign_lines_of_a_short_text_and_a_long_one() -> None:
    line = "ai sensi dell'art. 260, paragrafo 2, TFUE"
    text = "Le règlement s'applique.\n" + line + "\nFin."
    assert foreign_lines(text, "fr") == [(25, 25 + len(line), "it")]
    long = ("Le règlement s'applique.\n" * 2000) + line
    assert foreign_lines(long, "fr")[-1] == (len(long) - len(line), len(long), "it")


def test_a_kept_vocabulary_reads_the_keys_of_a_prefix_when_a_text_has_it() -> None:
    built = Vocabulary({" artikel": ("de",), " article": ("en", "fr"), " treaty": ("en",)})
    kept = _kept(built)
    assert not kept._prefixes and set(kept._packed) == {"ar", "tr"}
    marked = _marked("the treaty")
    assert kept._looked_up(marked) == built._looked_up(marked)
    assert set(kept._prefixes) == {"tr"}  # only the prefix the text has
    # Kept again with some prefixes read: every prefix travels, in the same order.
    again = _kept(kept)
    assert list(again._packed) == list(kept._packed) == list(built._prefixes)
    assert list(again.items()) == list(built.items())
    for text in ("Artikel 5 and the Article", "treaty", ""):
        assert again._looked_up(_marked(text)) == built._looked_up(_marked(text))
