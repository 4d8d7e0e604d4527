"""EC Treaty articles as judgments' headnotes list them: a list item after "and,
respectively," (ro "articolele 56 CE și, respectiv, 58 CE", fr "et, respectivement,");
a keyword line whose comma is set apart from the Treaty's name (el "( Συνθήκη ΕΟΚ ,
άρθρο 30 )"); the EEC Treaty named "Treaty on the European Economic Community" (cs
"Smlouvou o Evropském hospodářském společenství (EHS)")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Articolele 67 și 73 din Tratatul CE (devenite articolele 56 CE și, respectiv, "
            "60 CE) - Impozitarea dividendelor",
            ["TEC:67", "TEC:73", "TEC:56", "TEC:60"],
        ),
        (
            "fr",
            "les articles 67 et 73 du traité CE (devenus articles 56 CE et, respectivement, 60 CE)",
            ["TEC:67", "TEC:73", "TEC:56", "TEC:60"],
        ),
        (
            "es",
            "los artículos 67 y 73 del Tratado CE (actualmente artículos 56 CE y, "
            "respectivamente, 60 CE)",
            ["TEC:67", "TEC:73", "TEC:56", "TEC:60"],
        ),
        (
            "en",
            "Articles 67 and 73 of the EC Treaty (now Articles 56 EC and, respectively, 60 EC)",
            ["TEC:67", "TEC:73", "TEC:56", "TEC:60"],
        ),
    ],
)
def test_a_list_item_after_and_respectively(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "Μέτρα ισοδυνάμου αποτελέσματος ( Συνθήκη ΕΟΚ , άρθρο 36 )", ["TEC", "TEC:36"]),
        (
            "fr",
            "Mesures d'effet équivalent (Directive 70/50/CEE , article 2)",
            ["CELEX:31970L0050", "CELEX:31970L0050:2"],
        ),
        (
            "de",
            "Maßnahmen gleicher Wirkung (Richtlinie 70/50/EWG , Art. 2)",
            ["CELEX:31970L0050", "CELEX:31970L0050:2"],
        ),
    ],
)
def test_a_keyword_line_with_its_comma_set_apart(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "opatření zakázané Smlouvou o Evropském hospodářském společenství (EHS).",
            ["TEC"],
        ),
        ("cs", "podle článku 36 Smlouvy o Evropském společenství", ["TEC:36"]),
        ("sk", "podľa článku 36 Zmluvy o Európskom hospodárskom spoločenstve", ["TEC:36"]),
        # the Treaty on European Union keeps its own name
        ("cs", "podle článku 6 Smlouvy o Evropské unii", ["TEU:6"]),
    ],
)
def test_the_eec_treaty_named_on_the_community(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
