"""Finnish law reviews and footnotes abbreviate the unit words after the article's:
"SEUT 107 art. 3 k. c alak." (kohta: paragraph, alakohta: point)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ks. SEUT 107 art. 3 k. c alak.", ["TFEU:107(3)(c)"]),
        ("EY 81 art. 1 k. ja SEUT 101 art. 3 k.", ["TEC:81(1)", "TFEU:101(3)"]),
        ("SEU 4 art. 3 k.; SEUT 108 art. 2 k. b alak.", ["TEU:4(3)", "TFEU:108(2)(b)"]),
        # a judgment's paragraph ("k. 45") after a case is no article's
        ("Asia C-311/18, k. 45.", ["CJEU:C-311/18"]),
    ],
)
def test_finnish_abbreviated_units(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="fi")] == expected
