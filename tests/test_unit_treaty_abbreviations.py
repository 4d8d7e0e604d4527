"""A treaty's abbreviation right after the number of one of its titles, chapters or
parts ("Chapter 2 of Title V TEU") only completes the reference to that unit, and the
contract cites no title, chapter or part: the abbreviation is no citation of its own.
An article before the unit still takes the Treaty, and a name written in full after
the unit stays cited."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "(b) by the Member States when carrying out activities which fall within the "
            "scope of Chapter 2 of Title V TEU;\n(c) by a natural person",
        ),
        (
            "sl",
            "(b)\n\ns strani držav članic, kadar izvajajo dejavnosti, ki spadajo na področje "
            "uporabe poglavja 2 naslova V PEU;\n\n(c)",
        ),
        (
            "mt",
            "(b)\n\nmill-Istati Membri meta jkunu qegħdin iwettqu attivitajiet li jaqgħu taħt "
            "il-kamp ta' applikazzjoni tal-Kapitolu 2 tat-Titolu V tat-TUE;\n\n(c)",
        ),
        (
            "ga",
            "(b)\n\nmá dhéanann na Ballstáit an phróiseáil agus iad i mbun gníomhaíochtaí a "
            "thagann faoi raon feidhme Chaibidil 2 de Theideal V CAE;\n\n(c)",
        ),
        (
            "de",
            "das seit 1.3.2008 geltende Eilverfahren, das bei Fragen nach Titel IV EGV oder "
            "Titel VI EUV zur Anwendung kommt",
        ),
    ],
)
def test_abbreviation_after_a_unit_is_no_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the abbreviation alone, no unit before it: cited
        ("en", "Member States shall respect the TEU and the TFEU.", ["TEU", "TFEU"]),
        ("de", "Die Mitgliedstaaten beachten den EUV und den AEUV.", ["TEU", "TFEU"]),
        # a name written in full after the unit stays cited
        (
            "en",
            "the area of freedom, security and justice enshrined in Part three, Title V of "
            "the Treaty on the Functioning of the European Union (TFEU).",
            ["TFEU"],
        ),
        (
            "es",
            "las propuestas en virtud del título V de la tercera parte del Tratado de "
            "Funcionamiento de la Unión Europea.",
            ["TFEU"],
        ),
        # an article before the unit still takes the Treaty
        ("en", "Article 24 of Title V TEU applies.", ["TEU:24"]),
    ],
)
def test_abbreviation_elsewhere_stays(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
