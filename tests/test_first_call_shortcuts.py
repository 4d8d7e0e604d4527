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
