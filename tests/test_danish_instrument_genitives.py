"""Danish writes an instrument's name in the genitive before the article
("Menneskerettighedskonventionens artikel 8", "Romstatuttens artikel 7",
"Parisaftalens artikel 2"), as Swedish does ("Europakonventionens artikel 8")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "Menneskerettighedskonventionens artikel 8 var ikke krænket.", ["ECHR:8"]),
        ("da", "en krænkelse af artikel 6 i Menneskerettighedskonventionen", ["ECHR:6"]),
        ("da", "Romstatuttens artikel 7 definerer forbrydelser", ["ROME-STATUTE:7"]),
        ("da", "målet i Parisaftalens artikel 2", ["PARIS-AGREEMENT:2"]),
        ("sv", "Europakonventionens artikel 8 var inte kränkt.", ["ECHR:8"]),
        ("sv", "målet i Parisavtalets artikel 2", ["PARIS-AGREEMENT:2"]),
    ],
)
def test_genitive_instrument_names(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
