"""German popular names of two acts, with the Union's prefix (abbreviation_prefixes of
data/popular_names.toml) or without: the Audit Regulation (EU) No 537/2014
("Abschlussprüferverordnung", "APrVO") and the Data Act ("DA")."""

from __future__ import annotations

import pytest

import citeresolve

AUDIT = "CELEX:32014R0537"
DATA = "CELEX:32023R2854"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Verstoß gegen Art. 6 Abs. 2 EU-APrVO führt zur Unwirksamkeit", [f"{AUDIT}:6(2)"]),
        ("nach Art. 17 Abs. 1 APrVO beträgt die Höchstlaufzeit", [f"{AUDIT}:17(1)"]),
        ("Art. 4 der Abschlussprüferverordnung verlangt", [f"{AUDIT}:4"]),
        ("Die Pflicht aus Art. 4 Abs. 1 EU-DA gilt ab 2026", [f"{DATA}:4(1)"]),
        ("gemäß Art. 5 DA können Nutzer verlangen", [f"{DATA}:5"]),
    ],
)
def test_the_german_names(text: str, expected: list[str]) -> None:
    assert keys(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the names standing alone, and "DA" as a word of another language's text
        "Die APrVO und der DA gelten seit Jahren.",
        "Die EU-APrVO wurde 2014 erlassen.",
    ],
)
def test_names_alone_are_no_citation(text: str) -> None:
    assert keys(text, "de") == []


def test_da_is_only_german() -> None:
    assert keys("artikel 5 DA", "da") == []
