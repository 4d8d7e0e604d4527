"""Identifier surfaces seen in held-out round 3, each class in three languages at least
(cases/identifier_forms.toml): act lists, act number order, dated reference lists,
case numbers as conversions write them, national Official Journal styles."""

from __future__ import annotations

from typing import Any

import pytest

import citeresolve

from .conftest import load_cases

CASES = load_cases("identifier_forms.toml")


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['class']}-{c['lang']}-{i}" for i, c in enumerate(CASES)]
)
def test_case(case: dict[str, Any]) -> None:
    got = [c.key for c in citeresolve.extract(case["text"], lang=case["lang"])]
    assert got == case["keys"]


def test_every_class_is_tested_in_three_languages() -> None:
    languages: dict[str, set[str]] = {}
    for case in CASES:
        languages.setdefault(case["class"], set()).add(case["lang"])
    assert {c for c, langs in languages.items() if len(langs) < 3} == set()
