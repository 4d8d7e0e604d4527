"""German pin notation: a Roman numeral right after an article number is its paragraph
("Art. 28 II AEUV" is 28(2)); one after "," or "und" after such a numeral is the next
paragraph of the same article ("Art. 21 II, III DSGVO": 21(2), 21(3)); and the Treaty
name for lt "ESV sutartis" (the Treaty on the Functioning of the EU)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Widerspruchsrecht folgt aus Art. 21 II, III DSGVO.",
            ["CELEX:32016R0679:21(2)", "CELEX:32016R0679:21(3)"],
        ),
        (
            "Das Widerspruchsrecht folgt aus Art. 21 II und III DSGVO.",
            ["CELEX:32016R0679:21(2)", "CELEX:32016R0679:21(3)"],
        ),
        ("Siehe Art. 263 IV, 267 AEUV.", ["TFEU:263(4)", "TFEU:267"]),
        (
            "Siehe Art. 21 II, Anhang III DSGVO.",
            ["CELEX:32016R0679:21(2)", "CELEX:32016R0679:annex-III"],
        ),
    ],
)
def test_roman_paragraph_lists(text: str, expected: list[str]) -> None:
    assert _keys(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kadangi klausimas dėl ESV sutarties 267 straipsnio taikymo nekyla.",
        "Pagal Europos Sąjungos veikimo sutarties 267 straipsnį.",
    ],
)
def test_lt_treaty_on_the_functioning_short_names(text: str) -> None:
    assert _keys(text, "lt") == ["TFEU:267"]
