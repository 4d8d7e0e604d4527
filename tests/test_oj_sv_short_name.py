"""sv "EU:s officiella tidning", the short name of the Official Journal that Swedish
national texts use: the same OJ references as under its full name."""

from __future__ import annotations

import pytest

import citeresolve


def _oj_keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="sv") if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Källa: EU:s Officiella tidning nr C 241, 29 augusti 1994)", ["OJ:C:1994:241"]),
        ("Den offentliggjordes i EU:s officiella tidning nr L 94, 8.4.2011.", ["OJ:L:2011:094"]),
        # negatives: the name alone, or with a year and no issue
        ("Det står i EU:s officiella tidning.", []),
        ("Det står i EU:s officiella tidning 2011.", []),
    ],
)
def test_short_name(text: str, expected: list[str]) -> None:
    assert _oj_keys(text) == expected
