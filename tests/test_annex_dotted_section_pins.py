"""A list of annexes, each with a section numbered in levels a dot joins ("Annex I,
Section I.3, Annex II, Section II.3 and Annex III, Section III.3 to Directive …"): the
section is not cited, and its dotted number does not end the list, so every annex
belongs to the act at the end."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_THREE = [
    "CELEX:32008L0068:annex-I",
    "CELEX:32008L0068:annex-II",
    "CELEX:32008L0068:annex-III",
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The derogations are listed in Annex I, Section I.3, Annex II, Section II.3 and "
            "Annex III, Section III.3 to Directive 2008/68/EC.",
        ),
        (
            "bg",
            "Дерогациите са изброени в приложение I, раздел I.3, приложение II, раздел II.3 "
            "и приложение III, раздел III.3 към Директива 2008/68/ЕО.",
        ),
        (
            "de",
            "Die Ausnahmen stehen in Anhang I Abschnitt I.3, Anhang II Abschnitt II.3 und "
            "Anhang III Abschnitt III.3 der Richtlinie 2008/68/EG.",
        ),
        (
            "fr",
            "Les dérogations figurent dans l'annexe I, section I.2, l'annexe II, section II.2, "
            "et l'annexe III, section III.2, de la directive 2008/68/CE.",
        ),
    ],
)
def test_annexes_with_dotted_sections_keep_the_act(lang: str, text: str) -> None:
    assert _keys(text, lang) == _THREE


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a section with a plain number still ends nothing
        (
            "en",
            "See Annex I, Section 3 and Annex II to Directive 2008/68/EC.",
            ["CELEX:32008L0068:annex-I", "CELEX:32008L0068:annex-II"],
        ),
        # a section of a document that is no act: nothing to key
        ("en", "See Section I.3 of the national guide and Annex II thereto.", []),
        # a date after the section does not join it
        (
            "en",
            "Annex I, Section I.3 to Directive 2008/68/EC applies from 1.3.2010.",
            ["CELEX:32008L0068:annex-I"],
        ),
    ],
)
def test_dotted_section_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
