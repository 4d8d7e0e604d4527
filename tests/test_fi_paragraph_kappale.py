"""Finnish "kappale" numbers a paragraph where the ECHR's Finnish text and older
national writing use it ("6 artiklan 1 kappale"), as "kohta" does in EU acts; the
recital word "perustelukappale" stays a recital."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="fi")]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Oikeus otti huomioon Euroopan ihmisoikeussopimuksen 6 artiklan 1 kappaleen.",
            ["ECHR:6(1)"],
        ),
        (
            "Euroopan ihmisoikeussopimuksen 8 artiklan 2 kappaleessa sallitaan rajoitukset.",
            ["ECHR:8(2)"],
        ),
        (
            "asetuksen (EU) 2016/679 johdanto-osan 26 perustelukappaleessa",
            ["CELEX:32016R0679:recital-26"],
        ),
    ],
)
def test_kappale(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys
