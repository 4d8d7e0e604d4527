"""A compound name written right before the bracket that holds its act's citation
(nl "de Herstructureringsrichtlijn (Richtlijn (EU) 2019/1023)") names that act where
the text uses it again, as a compound that opens the act's mention does."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "nl",
            "In 2019 is de Herstructureringsrichtlijn (RICHTLIJN (EU) 2019/1023) aangenomen."
            " De wetgever verwijst naar artikel 4 lid 1 Herstructureringsrichtlijn.",
            "CELEX:32019L1023:4(1)",
        ),
        (
            "de",
            "Die Restrukturierungsrichtlinie (Richtlinie (EU) 2019/1023) wurde 2019 angenommen."
            " Maßgeblich ist Art. 4 Abs. 1 der Restrukturierungsrichtlinie.",
            "CELEX:32019L1023:4(1)",
        ),
        (
            "sv",
            "Omstruktureringsdirektivet (direktiv (EU) 2019/1023) antogs 2019. Enligt artikel 4.1"
            " i omstruktureringsdirektivet ska medlemsstaterna se till detta.",
            "CELEX:32019L1023:4(1)",
        ),
    ],
)
def test_a_name_before_its_acts_bracket_names_the_act(lang: str, text: str, pin: str) -> None:
    assert pin in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Words between the name and the bracket: the bracket is no definition.
        (
            "nl",
            "De Herstructureringsrichtlijn is omgezet (zie Richtlijn (EU) 2019/1023). Elders"
            " staat artikel 4 lid 1 Herstructureringsrichtlijn.",
        ),
        # The bracket goes on after the act: the name is not its act's alone.
        (
            "de",
            "Die Restrukturierungsrichtlinie (Richtlinie (EU) 2019/1023 und Verordnung (EU)"
            " 2015/848) gilt. Siehe Art. 4 Abs. 1 der Restrukturierungsrichtlinie.",
        ),
        # Another compound than the one before the bracket names no act.
        (
            "sv",
            "Omstruktureringsdirektivet (direktiv (EU) 2019/1023) antogs. Se artikel 4.1 i"
            " insolvensdirektivet.",
        ),
    ],
)
def test_no_name_without_the_bracket_right_after_it(lang: str, text: str) -> None:
    assert "CELEX:32019L1023:4(1)" not in _keys(text, lang)
