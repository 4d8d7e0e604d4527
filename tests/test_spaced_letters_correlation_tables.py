"""An inserted article's letter set apart from its number in a correlation table of the
old Treaties, before a range word and the next number or before a Treaty's abbreviation:
en "ex Articles 27 a to 27 e , 40 to 40 b and 43 to 45 TEU and ex Articles 11 and 11 a
TEC", de "Artikel 27 a bis 27 e EUV", fr "article 27 a à 27 e TUE". A letter that is
a one-letter word of the language stays that word (ro "a", es "a")."""

from __future__ import annotations

import pytest

from citeresolve import extract

SPACED = [
    ("en", "(ex Articles 11 and 11 a TEC)", ["TEC:11", "TEC:11a"]),
    ("en", "(ex Articles 29 a to 29 c TEU)", ["TEU:29a-29c"]),
    ("en", "Article 5 a TFEU", ["TFEU:5a"]),
    ("de", "(ex-Artikel 27 a bis 27 e EUV)", ["TEU:27a-27e"]),
    ("fr", "(ex-articles 27 a à 27 e TUE)", ["TEU:27a-27e"]),
]


@pytest.mark.parametrize(("lang", "text", "keys"), SPACED)
def test_spaced_letter(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys


WORDS = [
    ("es", "los artículos 5 a 10 TFUE", ["TFEU:5-10"]),
    ("ro", "articolul 5 a TFUE", ["TFEU:5"]),
    ("en", "Article 5 a new provision", []),
]


@pytest.mark.parametrize(("lang", "text", "keys"), WORDS)
def test_one_letter_word_is_no_letter(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys
