"""A definition marker that opens a bracket defines the name after it even unquoted
(sv "(nedan kallat Parisavtalet)", en "(hereinafter the Paris Agreement)"): a defined
short name standing alone is no citation (contract: short forms). The instrument named
before the bracket stays cited; a name after a marker that follows a semicolon or comma
was read so already."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "sv",
            "bidrar till att genomföra Parisavtalet antaget inom ramen för Förenta nationernas"
            " ramkonvention om klimatförändringar (nedan kallat Parisavtalet), genom insatser",
            "Parisavtalet",
        ),
        (
            "en",
            "contributes to implementing the Paris Agreement adopted under the United Nations"
            " Framework Convention on Climate Change (hereinafter the Paris Agreement), through",
            "Paris Agreement",
        ),
        (
            "da",
            "bidrager til gennemførelsen af Parisaftalen, der er vedtaget under De Forenede"
            " Nationers rammekonvention om klimaændringer (herefter benævnt Parisaftalen), gennem",
            "Parisaftalen",
        ),
        (
            "de",
            "trägt zur Umsetzung des Übereinkommens von Paris im Rahmen des"
            " Rahmenübereinkommens der Vereinten Nationen über Klimaänderungen bei (im Folgenden"
            " Übereinkommen von Paris), indem",
            "Übereinkommens von Paris",
        ),
        (
            "it",
            "contribuisce all'attuazione dell'accordo di Parigi adottato nell'ambito della"
            " convenzione quadro (di seguito accordo di Parigi), mediante",
            "accordo di Parigi",
        ),
    ],
)
def test_marker_opening_the_bracket_defines_the_name(lang: str, text: str, name: str) -> None:
    assert keys(text, lang) == [("PARIS-AGREEMENT", name)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an article of the defined name is still a citation
        (
            "sv",
            "enligt artikel 2 i Parisavtalet (nedan kallat avtalet), genom",
            [("PARIS-AGREEMENT:2", "artikel 2")],
        ),
        # an act number after the marker is keyed as written (held-out precedent)
        (
            "en",
            "Directive 2011/83/EU (hereinafter Directive 2011/83) repealed Directive 97/7/EC",
            [
                ("CELEX:32011L0083", "Directive 2011/83/EU"),
                ("CELEX:32011L0083", "Directive 2011/83"),
                ("CELEX:31997L0007", "Directive 97/7/EC"),
            ],
        ),
        # no marker: a name in brackets after other words stays cited
        (
            "sv",
            "i enlighet med ramkonventionen (och Parisavtalet), genom",
            [("PARIS-AGREEMENT", "Parisavtalet")],
        ),
    ],
)
def test_other_brackets_unchanged(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
