"""Roman numerals in article chains: the letters they are written with (their Greek
and Cyrillic look-alikes too), read back in Latin letters, and annexes numbered by
them before the annex word (lv "I pielikums") or by a capital that is none (pt
"anexo A")."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from ..knowledge.data import table
from ..knowledge.lang import alternation
from ..knowledge.lazy_patterns import deferred_pattern


@functools.cache
def _roman_lookalikes() -> dict[str, str]:
    """The Greek and Cyrillic look-alikes of Roman numerals' letters, each with its
    Latin letter: el "Παράρτημα ΙΙ" typed with iotas (a Greek text's folding keeps
    the word Greek)."""
    return {
        other: latin
        for pairs in table("homoglyphs.toml").values()
        for other, latin in pairs.items()
        if latin in "IVXLC"
    }


def roman_letters() -> str:
    """The letters a Roman numeral is written with, look-alikes included."""
    return "IVXLC" + "".join(_roman_lookalikes())


@functools.cache
def _lettered_annex() -> regex.Pattern[str]:
    return deferred_pattern(rf"[ \u00a0](?![{roman_letters()}])\p{{Lu}}(?![^\W\d_])")


def lettered_annex(view: str, pos: int) -> bool:
    """Whether a capital letter that is no Roman numeral follows the annex word ending at
    ``pos``: a lettered annex (pt "o anexo A da Diretiva 96/98/CE"), which the annex
    grammar (Roman numerals or digits) does not key, and no single annex either."""
    return _lettered_annex().match(view, pos) is not None


def roman_annex_pattern(art: Mapping[str, Any]) -> regex.Pattern[str]:
    """Number first, an annex in Roman numerals: lv "I pielikums", hu "II. melléklet",
    also a list of them: lt "I, II, IV ir V priedų", hu "I. és II. melléklet"."""
    numeral = r"[IVXLC]{1,7}\.?"
    joint = rf"(?:\s*,\s*|\s+(?:{alternation(art['and'])})\s+)"
    return deferred_pattern(
        rf"(?<![^\W\d_]){numeral}(?:{joint}{numeral})*\s(?={alternation(art.get('annex', []))})"
    )


def roman_numeral(letters: str) -> str:
    """A Roman numeral read by the lexer, in Latin letters."""
    if letters.isascii():
        return letters
    return "".join(_roman_lookalikes().get(ch, ch) for ch in letters)
