"""Shortcuts of a first call that must give exactly what they replace."""

from __future__ import annotations

import pickle
import pkgutil
import sys

import pytest
import regex

import citeresolve.families
from citeresolve.families.instrument_names import _phrase_groups
from citeresolve.knowledge.folding import escape
from citeresolve.knowledge.lang import load
from citeresolve.text.phrase_groups import PhraseGroups, _second_word


def test_escape_is_regex_escape_for_every_character() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert escape(every) == regex.escape(every)
    for piece in ("Regulation", "Art. 5", "(EU)", "a\u00a0b", "x\u2028y", "", "l'", "n.º"):
        assert escape(piece) == regex.escape(piece)


def test_every_family_module_is_imported() -> None:
    names = [m.name for m in pkgutil.iter_modules(citeresolve.families.__path__)]
    assert names
    for name in names:
        assert f"citeresolve.families.{name}" in sys.modules


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Regulation (EU) 2016/679 and the Treaty on European Union, Article 6 TEU."),
        ("de", "die Verordnung (EU) 2016/679 und der Vertrag über die Europäische Union"),
        ("fr", "le règlement (UE) 2016/679 et le traité sur l'Union européenne"),
    ],
)
def test_a_kept_instrument_matcher_carries_the_second_words_it_would_read(
    code: str, text: str
) -> None:
    groups = PhraseGroups(_phrase_groups(load(code))[1])
    kept = pickle.loads(pickle.dumps(groups))
    # Every phrase's second word travels with the kept matcher, read as a fresh one reads it.
    assert len(kept._second) == len(kept._phrases)
    assert all(kept._second[i] == _second_word(p) for i, p in enumerate(kept._phrases))
    fresh = PhraseGroups(_phrase_groups(load(code))[1])
    # The groups travel as their names, their phrases read between the offsets.
    assert "_groups" not in kept.__dict__
    assert kept._groups == fresh._groups
    assert pickle.loads(pickle.dumps(kept))._groups == fresh._groups  # kept again
    spans = [(m.span(), m.lastgroup) for m in kept.matches(text)]
    assert spans
    assert spans == [(m.span(), m.lastgroup) for m in fresh.matches(text)]


def test_a_kept_trigger_reads_its_literal_keys_only_when_asked() -> None:
    groups, phrases = _phrase_groups(load("en"))
    fresh = PhraseGroups(phrases)
    kept = pickle.loads(pickle.dumps(fresh))
    # The literals' keys travel as bytes, read at the first key_of, also when the
    # kept matcher is kept again before any was asked.
    assert "_keys" not in kept.trigger.__dict__
    again = pickle.loads(pickle.dumps(kept))
    for matcher in (kept, again):
        assert all(matcher.key_of(p) == fresh.key_of(p) for p in fresh._phrases)
        assert matcher.trigger._keys == fresh.trigger._keys
    # Equal (code, use) pairs of the groups are one object: the kept file holds each once.
    assert len({id(pair) for pair in groups.values()}) == len(set(groups.values()))
