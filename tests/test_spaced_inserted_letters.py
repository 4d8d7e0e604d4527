"""Number-first languages may set an inserted article's letter apart before the next
number of a list, not only before the article word (families/chain_tokens.py): fi
"direktiivin 2013/34/EU 19 a ja 29 a artiklaa" is Articles 19a and 29a, lt "19 a ir 29 a
straipsniai" too."""

from __future__ import annotations

import pytest

import citeresolve

L = "CELEX:32013L0034"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fi", "Direktiivin 2013/34/EU 19 a ja 29 a artiklaa muutetaan.", [f"{L}:19a", f"{L}:29a"]),
        (
            "fi",
            "direktiivin 2013/34/EU 19 a, 19 b ja 29 a artiklassa",
            [f"{L}:19a", f"{L}:19b", f"{L}:29a"],
        ),
        ("fi", "SEUT 106 a ja 107 artikla", ["TFEU:106a", "TFEU:107"]),
        ("lt", "direktyvos 2013/34/ES 19 a ir 29 a straipsniai", [f"{L}:19a", f"{L}:29a"]),
    ],
)
def test_spaced_letters_in_a_list(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_a_number_alone_keeps_no_letter() -> None:
    """ "19 ja 29 a": only the number with its letter is inserted."""
    keys = [
        c.key for c in citeresolve.extract("direktiivin 2013/34/EU 19 ja 29 a artiklaa", lang="fi")
    ]
    assert keys == [f"{L}:19", f"{L}:29a"]
