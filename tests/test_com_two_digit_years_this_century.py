"""Commission documents of this century written with a two-digit year in brackets, as
the House of Commons European Scrutiny Committee writes them in its document lists
("COM(16) 852"): 20yy up to identifiers.toml short_year_last_2000s, while a two-digit
year from short_year_first on stays the last century's ("COM(97) 49")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str = "en") -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


def test_scrutiny_committee_document_numbers() -> None:
    text = (
        "Document Numbers\n\n(a) (38300), 14777/16 + ADDs 1–2, COM(16) 852; (b) (38303),"
        " 14776/16 + ADDs 1–2, COM(16) 854; (c) (38304), 14775/16 + ADDs 1–3, COM(16) 850\n"
    )
    assert keys(text) == ["COM(2016)852", "COM(2016)854", "COM(2016)850"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "COM(09) 5", ["COM(2009)5"]),
        ("de", "KOM(16) 852 endg.", ["COM(2016)852"]),
        ("da", "KOM (18) 375", ["COM(2018)375"]),
        ("en", "SWD(16) 12", ["SWD(2016)12"]),
        # the last century's, as before
        ("en", "COM(97) 49 def.", ["COM(1997)49"]),
        # no year of either century, a slash form, no document number
        ("en", "COM(35) 100", []),
        ("en", "COM/16/852", []),
        ("en", "the COM (20) group", []),
    ],
)
def test_two_digit_years(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
