"""Official Journal references with the year before the issue and the page after a
comma, as Austrian texts cite the OJ ("ABl L 1994/1, 3": year 1994, issue 1, page 3);
an act-by-act number ("ABl. L 2024/1385") keeps its own reading."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das Abkommen über den EWR vom 2. 5. 1992, ABl L 1994/1, 3, zwischen den Staaten",
            [("OJ:L:1994:001:3", "ABl L 1994/1, 3")],
        ),
        (
            "de",
            'über die Freizügigkeit, ABl L 2002/114, 6, (das "FZA") sieht in Anhang II',
            [("OJ:L:2002:114:6", "ABl L 2002/114, 6")],
        ),
        (
            "en",
            "the Agreement on the free movement of persons, OJ L 2002/114, 6, provides",
            [("OJ:L:2002:114:6", "OJ L 2002/114, 6")],
        ),
        (
            "fr",
            "l'accord sur la libre circulation des personnes, JO L 2002/114, 6, prévoit",
            [("OJ:L:2002:114:6", "JO L 2002/114, 6")],
        ),
        (
            "de",
            "veröffentlicht in ABl. L 2024/1385, 5, und",
            [("OJ:L:2024/1385", "ABl. L 2024/1385")],
        ),
    ],
)
def test_year_then_issue_then_page(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert journals(text, lang) == expected
