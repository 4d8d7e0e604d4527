"""A range across a spaced em dash in a judgment's keyword line: after a plural article
word and one number, "— 5 —" is the range's end ("Членове 3 — 5 —" is Articles 3 to 5),
since a plural with one number cannot be; after a singular the dash ends the segment."""

from __future__ import annotations

import pytest

import citeresolve

D23 = "CELEX:32001L0023"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "bg",
            "Социална политика — Директива 2001/23/ЕО — Членове 4 — 6 — Запазване на правата",
            [D23, f"{D23}:4-6"],
        ),
        (
            "en",
            "Social policy — Directive 2001/23/EC — Articles 4 — 6 — Safeguarding of rights",
            [D23, f"{D23}:4-6"],
        ),
        (
            "pl",
            "Polityka społeczna — Dyrektywa 2001/23/WE — Artykuły 4 — 6 — Ochrona praw",
            [D23, f"{D23}:4-6"],
        ),
        # the line's end closes the last segment too
        ("bg", "„Директива 2001/23/ЕО — Членове 4 — 6“", [D23, f"{D23}:4-6"]),
    ],
)
def test_plural_article_word_with_a_dashed_range(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a singular article word: the number after the dash is no article of it
        ("en", "Directive 2001/23/EC — Article 4 — 6 months — Dismissal", [D23, f"{D23}:4"]),
        ("bg", "Директива 2001/23/ЕО — Член 4 — 6 месеца — Уволнение", [D23, f"{D23}:4"]),
        # a number the segment goes on after is no range's end
        (
            "pl",
            "Dyrektywa 2001/23/WE — Artykuły 4 i 6 — 30 dni — Ochrona praw",
            [D23, f"{D23}:4", f"{D23}:6"],
        ),
    ],
)
def test_no_range_across_the_dash(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
