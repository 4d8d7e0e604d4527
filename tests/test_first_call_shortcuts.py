"""Shortcuts of a first call that must give exactly what they replace."""

from __future__ import annotations

import pkgutil
import sys

import regex

import citeresolve.families
from citeresolve.knowledge.folding import escape


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
