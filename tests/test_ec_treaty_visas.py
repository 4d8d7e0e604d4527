"""The EC and EEC Treaties in the visas of old acts copied from PDF as one line: a word
of the Treaty's name hyphenated at a line end whose line break became a space ("the
European Com- munity") is read whole; a suspended compound ("pre- and post-war") keeps
its hyphen."""

from __future__ import annotations

import pytest

from citeresolve import extract
from citeresolve.text.clean import clean


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to the Treaty establishing the European Economic Com- munity, "
            "and in particular Articles 100a and 235 thereof,",
            ["TEC", "TEC:100a", "TEC:235"],
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Gemein- schaft, "
            "insbesondere auf Artikel 175 Absatz 1,",
            ["TEC", "TEC:175(1)"],
        ),
        (
            "fr",
            "vu le traité instituant la Commu- nauté européenne, et notamment son article 94,",
            ["TEC", "TEC:94"],
        ),
    ],
)
def test_a_line_end_hyphen_before_a_space_joins_the_name(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


def test_the_name_keeps_its_surface_in_the_original() -> None:
    text = "Having regard to the Treaty establishing the European Com- munity,"
    (cite,) = extract(text, lang="en")
    assert cite.text == "Treaty establishing the European Com- munity"


@pytest.mark.parametrize(
    "text",
    [
        "pre- and post-accession aid",  # en: a suspended compound, no broken word
        "die Ein- und Ausfuhr von Waren",  # de
        "land- en tuinbouwproducten",  # nl
        "mid- to long-term objectives",  # a range of compounds
        "import- och exportlicenser",  # sv
    ],
)
def test_a_suspended_compound_keeps_its_hyphen(text: str) -> None:
    assert clean(text).view == text
