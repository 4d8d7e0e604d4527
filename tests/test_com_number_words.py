"""A Commission document's word may carry a number word before its bracketed year, glued
by a hyphen or after a space (da "KOM-nr. (2024) 132", de "KOM-Nr.", en "COM No"):
part of the reference's span, not of its key."""

from __future__ import annotations

import pytest

import citeresolve


def docs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "com_doc"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "Notat\nKOM-nr. (2023) 415\nRevideret", [("COM(2023)415", "KOM-nr. (2023) 415")]),
        (
            "de",
            "Ratsdokument KOM-Nr. (2023) 415 endg.",
            [("COM(2023)415", "KOM-Nr. (2023) 415 endg.")],
        ),
        ("en", "the proposal COM No (2023) 415 of May", [("COM(2023)415", "COM No (2023) 415")]),
        (
            "fr",
            "la proposition COM n° (2023) 415 final",
            [("COM(2023)415", "COM n° (2023) 415 final")],
        ),
        # Padded numbers after a space read as before.
        ("da", "KOM (2023) 0415 Bilag 1", [("COM(2023)415", "KOM (2023) 0415")]),
    ],
)
def test_a_number_word_after_the_document_word(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert docs(text, lang) == expected
