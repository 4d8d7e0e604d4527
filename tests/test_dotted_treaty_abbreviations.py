"""A Treaty's abbreviation written with its full stop before the article's number: hu "az
EKSz. 81. cikke" (the EC Treaty), "az EUSz. 6. cikke" (the EU Treaty) cite the article,
not the Treaty whole; it "art. 267 T.F.U.E." and "art. 4, comma 3, T.U.E." after it."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "az EUMSZ 102. cikke (korábban az EKSz. 82. cikke) és az EKSz. 234. cikk",
            ["TFEU:102", "TEC:82", "TEC:234"],
        ),
        ("hu", "az EUSz. 6. cikkének (2) bekezdése", ["TEU:6(2)"]),
        ("hu", "az EKSz. alapján", ["TEC"]),
        (
            "it",
            "il rinvio ex art. 267 T.F.U.E. e l'art. 4, comma 3, T.U.E.",
            ["TFEU:267", "TEU:4(3)"],
        ),
    ],
)
def test_dotted_treaty_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
