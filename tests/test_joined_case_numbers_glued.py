"""Joined cases whose numbers touch: a page that lost the separator between the numbers
of joined cases ("Cause riunite C-374/16C-375/16") still names two cases; the contract
counts two ids glued together as two citations. Only a whole case number may stand
before the second court letter: a digit of anything else still keeps a letter and
hyphen from being read as a case."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "it",
            "Cause riunite C-374/16C-375/16\n\nRGEX GmbH contro Finanzamt Neuss (C-374/16)",
            ["CJEU:C-374/16", "CJEU:C-375/16", "CJEU:C-374/16"],
        ),
        (
            "fr",
            "Affaires jointes C-374/16C-375/16 et C-376/16",
            ["CJEU:C-374/16", "CJEU:C-375/16", "CJEU:C-376/16"],
        ),
        (
            "de",
            "Verbundene Rechtssachen T-12/08C-1/09",
            ["CJEU:T-12/08", "CJEU:C-1/09"],
        ),
    ],
)
def test_glued_case_numbers(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Reference 12C-375/16 of the registry"),
        ("es", "Asunto COMP/C-3/37.990 — Intel"),
        ("de", "Aktenzeichen 4K-63/17 des Finanzgerichts"),
    ],
)
def test_other_digits_before_a_court_letter(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
