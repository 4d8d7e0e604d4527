"""A Council's or the Commission's decision written as one compound word, as the
language writes its regulations and directives ("Raadsverordening", "Rådsforordning"):
nl "Raadsbesluit (GBVB) 2022/266", "Commissiebesluit 2011/278/EU", da "Rådsafgørelse
(FUSP) 2022/266", sv "rådsbeslut (Gusp) 2022/266" (sv writes the CFSP's abbreviation
in mixed case in its brackets, as in its act numbers "2014/145/Gusp")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nl", "Raadsbesluit (GBVB) 2022/266 is van toepassing.", ["CELEX:32022D0266"]),
        ("nl", "Zie artikel 2 van Raadsbesluit (GBVB) 2022/266.", ["CELEX:32022D0266:2"]),
        ("nl", "Commissiebesluit 2011/278/EU is van toepassing.", ["CELEX:32011D0278"]),
        ("da", "Rådsafgørelse (FUSP) 2022/266 finder anvendelse.", ["CELEX:32022D0266"]),
        ("da", "Kommissionsafgørelse 2011/278/EU finder anvendelse.", ["CELEX:32011D0278"]),
        (
            "sv",
            "Enligt artikel 2 i rådsbeslut (Gusp) 2022/266 gäller detta.",
            ["CELEX:32022D0266:2"],
        ),
        ("sv", "Rådets beslut (Gusp) 2022/266 är tillämpligt.", ["CELEX:32022D0266"]),
        ("sv", "Kommissionsbeslut 2011/278/EU är tillämpligt.", ["CELEX:32011D0278"]),
        # a municipal council's decision with a number of no act's shape is nothing
        ("nl", "Het raadsbesluit van 12 maart 2024 is gepubliceerd.", []),
    ],
)
def test_compound_decision_words(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
