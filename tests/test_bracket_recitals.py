"""Recitals numbered in brackets before the recital word of a number-first language
(families/bracket_recitals.py): Hungarian cites the Official Journal's "(39)" as it
stands, "az (EU) 2016/679 rendelet (39) preambulumbekezdése"; a bracketed number
before any other word stays a paragraph."""

from __future__ import annotations

import pytest

import citeresolve


def surfaces(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Az (EU) 2016/679 rendelet (39) preambulumbekezdése szerint az adatkezelésnek "
            "jogszerűnek kell lennie.",
            [("CELEX:32016R0679:recital-39", "(39) preambulumbekezdése")],
        ),
        (
            "az (EU) 2016/679 rendelet (39) és (40) preambulumbekezdésében foglaltak",
            [
                ("CELEX:32016R0679:recital-39", "(39)"),
                ("CELEX:32016R0679:recital-40", "(40) preambulumbekezdésében"),
            ],
        ),
        (
            "a 2011/83/EU irányelv (12), (14) valamint (20) preambulumbekezdése",
            [
                ("CELEX:32011L0083:recital-12", "(12)"),
                ("CELEX:32011L0083:recital-14", "(14)"),
                ("CELEX:32011L0083:recital-20", "(20) preambulumbekezdése"),
            ],
        ),
    ],
)
def test_bracketed_recital_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(text, "hu") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed number before a paragraph word is the paragraph, as before
        (
            "az (EU) 2016/679 rendelet 6. cikkének (1) bekezdése",
            [("CELEX:32016R0679:6(1)", "6. cikkének (1) bekezdése")],
        ),
        # the OJ's own numbering of a recital's text is no citation
        ("(39) Az adatkezelésnek jogszerűnek kell lennie.", []),
        # a recital word with no act in reach cites nothing
        ("A (12) preambulumbekezdés szerint ez nem alkalmazandó.", []),
    ],
)
def test_other_bracketed_numbers_are_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert surfaces(text, "hu") == expected
