"""A pin after its instrument's name in brackets, with a space before the comma as old
typesetting prints it ("( Συνθήκη ΕΟΚ , άρθρο 30 )"): the comma links them as it does
with no space."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "( Συνθήκη ΕΟΚ , άρθρο 36 )", ["TEC", "TEC:36"]),
        ("fr", "( traité CEE , art. 36 )", ["TEC", "TEC:36"]),
        ("en", "( EEC Treaty , Article 36 )", ["TEC", "TEC:36"]),
        (
            "fr",
            "( Directive 2001/23/CE du Conseil , art. 3 , § 1 )",
            ["CELEX:32001L0023", "CELEX:32001L0023:3(1)"],
        ),
        # unchanged without the space
        ("de", "(EWG-Vertrag, Art. 36)", ["TEC", "TEC:36"]),
    ],
)
def test_spaced_comma_after_the_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
