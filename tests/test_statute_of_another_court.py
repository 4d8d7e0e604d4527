"""The short name of the Court of Justice's Statute carried on into another court's name
is that court's Statute, which no key covers: pl "Statut Trybunału Konstytucyjnego" (the
Polish Constitutional Tribunal), "Statut Trybunału Stanu", hr "Statut Suda EFTA-e", sl
"Statut Sodišča EFTA", bg "Статут на Съда на ЕАСТ" (the EFTA Court). The short name
alone, or with the Union's court named, stays PROTOCOL-3."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pl",
            "Zgodnie z art. 5 Statutu Trybunału Konstytucyjnego sędziowie są niezawiśli.",
            [],
        ),
        ("pl", "Statut Trybunału Stanu przewiduje, w art. 3, kadencję.", []),
        ("pl", "art. 23 Statutu Trybunału Sprawiedliwości Unii Europejskiej", ["PROTOCOL-3:23"]),
        ("pl", "na podstawie art. 20 Statutu Trybunału", ["PROTOCOL-3:20"]),
        ("hr", "članak 23. Statuta Suda EFTA-e i članak 20. Statuta Suda", ["PROTOCOL-3:20"]),
        ("sl", "člen 23 Statuta Sodišča EFTA in člen 20 Statuta Sodišča", ["PROTOCOL-3:20"]),
        (
            "bg",
            "член 23 от Статута на Съда на ЕАСТ и член 20 от Статута на Съда",
            ["PROTOCOL-3:20"],
        ),
    ],
)
def test_statute_of_another_court(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
