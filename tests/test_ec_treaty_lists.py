"""EC Treaty articles as judgments' headnotes list them: a list item after "and,
respectively," (ro "articolele 56 CE și, respectiv, 58 CE", fr "et, respectivement,")."""

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
