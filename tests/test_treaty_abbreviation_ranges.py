"""A range whose two ends each repeat the Treaty's abbreviation ("Articles 39 TFEU to 44
TFEU") is one unit, 39-44, and the list goes on after it ("… and 349 TFEU"); the name
inside the range is the range's, not a citation of the whole Treaty. A range word
followed by a year, or by a number with no abbreviation after it, makes no range."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The measures adopted under Articles 39 TFEU to 44 TFEU and 349 TFEU apply.",
            ["TFEU:39-44", "TFEU:349"],
        ),
        (
            "en",
            "It reads Articles 4(2) TEU, 20 TFEU to 25 TFEU and 45 TFEU together.",
            ["TEU:4(2)", "TFEU:20-25", "TFEU:45"],
        ),
        ("en", "Article 12 TFEU to 2025 remained in force.", ["TFEU:12"]),
        (
            "nl",
            "De artikelen 101 VWEU tot en met 106 VWEU en artikel 107 VWEU zijn van toepassing.",
            ["TFEU:101-106", "TFEU:107"],
        ),
        (
            "de",
            "Nach Art. 101 AEUV bis 106 AEUV sowie Art. 4 Abs. 3 EUV gilt dies.",
            ["TFEU:101-106", "TEU:4(3)"],
        ),
        ("fr", "les articles 26 TFUE à 29 TFUE et 34 TFUE", ["TFEU:26-29", "TFEU:34"]),
        ("es", "conforme a los artículos 20 TFUE a 25 TFUE", ["TFEU:20-25"]),
    ],
)
def test_range_of_repeated_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
