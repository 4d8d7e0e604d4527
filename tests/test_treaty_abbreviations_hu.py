"""Hungarian writes the Treaties' abbreviations with a lower-case last letter too, with or
without a full stop: "EUSz 4. cikk (2)", "EUMSz 267. cikke" (as "EUSZ", "EUSz.")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Így különösen a nemzeti biztonság az egyes tagállamok kizárólagos feladata "
            "marad.” [EUSz 4. cikk (2)]",
            ["TEU:4(2)"],
        ),
        (
            "E feltételeket alapvetően az EUMSz 267. cikke szabályozza.",
            ["TFEU:267"],
        ),
        (
            "Az EUSZ 4. cikk (2) bekezdése és az EUSz. 5. cikke szerint.",
            ["TEU:4(2)", "TEU:5"],
        ),
    ],
)
def test_treaty_abbreviations_hu(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="hu")] == expected
