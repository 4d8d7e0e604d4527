"""Greek PDF fonts print the capital delta as the increment sign "∆" (U+2206), read as
"Δ" like the micro sign is read as "μ"; a converter that drops the glyph leaves a space
in the upper-case act word of the title ("Ο ΗΓΙΑ 2003/48/ΕΚ ΤΟΥ ΣΥΜΒΟΥΛΙΟΥ" is
ΟΔΗΓΙΑ), listed as a directive word in el.toml."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="el")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L 345/1 Ο∆ΗΓΙΑ 2004/109/ΕΚ ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ", ["CELEX:32004L0109"]),
        ("L 26/41 Ο ΗΓΙΑ 2011/92/ΕΕ ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ ΚΑΙ ΤΟΥ", ["CELEX:32011L0092"]),
        ("τροποποίηση της Ο ΗΓΙΑΣ 98/34/ΕΚ του Συμβουλίου", ["CELEX:31998L0034"]),
        ("Ο∆ΗΓΙΑ (ΕΕ) 2015/849 ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ", ["CELEX:32015L0849"]),
    ],
)
def test_damaged_directive_word(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Η μεταβολή ∆Τ = 5 βαθμοί κατά την περίοδο 2003/2004",
        "Ο ΝΟΜΟΣ 4624/2019 για την προστασία δεδομένων",
        "Ο ΗΓΕΤΗΣ του κόμματος δήλωσε στις 12/1999",
        "πρότυπο ΕΛΟΤ EN 1090-2/2018",
    ],
)
def test_no_act(text: str) -> None:
    assert _keys(text) == []
