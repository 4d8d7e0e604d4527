"""A keyword line's bare act word ("κατά το άρθρο 8 της οδηγίας και κατά τα άρθρα 9 και
10 του κανονισμού") names the act of that kind the document cites (``kind_words`` of
data/context_words.toml), written in lower case."""

from __future__ import annotations

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


def test_greek_directive_and_regulation_of_the_line() -> None:
    text = (
        "Οδηγία 2002/58/ΕΚ – Κανονισμός (ΕΕ) 2018/1725 – Απόρρητο – Κατά το άρθρο 5"
        " της οδηγίας και κατά τα άρθρα 3 και 4 του κανονισμού – Εφαρμογή"
    )
    keys = _keys(text, "el")
    assert "CELEX:32002L0058:5" in keys
    assert "CELEX:32018R1725:3" in keys and "CELEX:32018R1725:4" in keys


def test_greek_lower_case_only() -> None:
    """ "του Κανονισμού" with its capital is a defined name's, not the kind word."""
    text = "Κανονισμός (ΕΕ) 2018/1725 – άρθρο 3 της Οδηγίας – Εφαρμογή"
    assert "CELEX:32018R1725:3" not in _keys(text, "el")


def test_the_same_in_czech_and_slovak() -> None:
    assert "CELEX:32002L0058:5" in _keys("Směrnice 2002/58/ES – Soukromí – článek 5 směrnice", "cs")
    assert "CELEX:32002L0058:5" in _keys("Smernica 2002/58/ES – Súkromie – článok 5 smernice", "sk")
