"""cs "od." for "odstavec" (paragraph), singular and plural like "odst.": "čl. 47 od. 1
písm. d), e) nebo f) nařízení …" pins the paragraph and its points. The preposition
"od" (from) has no full stop and stays a word."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> set[str]:
    return {c.key for c in citeresolve.extract(text, lang="cs")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zásilky, na které se vztahují opatření podle čl. 12 od. 2 písm. a), b) nebo c)"
            " nařízení (EU) 2017/625, se kontrolují.",
            {"CELEX:32017R0625:12(2)(a)", "CELEX:32017R0625:12(2)(b)", "CELEX:32017R0625:12(2)(c)"},
        ),
        (
            "Podle čl. 5 od. 2 a 3 směrnice 2008/98/ES se postupuje obdobně.",
            {"CELEX:32008L0098:5(2)", "CELEX:32008L0098:5(3)"},
        ),
    ],
)
def test_od_is_a_paragraph(text: str, expected: set[str]) -> None:
    assert expected <= _keys(text)


def test_od_without_full_stop_is_from() -> None:
    keys = _keys("Článek 5 nařízení (EU) 2017/625 se použije od 1. ledna 2020.")
    assert "CELEX:32017R0625:5" in keys
    assert not any(k.startswith("CELEX:32017R0625:5(") for k in keys)
