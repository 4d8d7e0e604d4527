"""Contract version 2 constructions, each class in several languages (cases/grammar_v2.toml)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

import citeresolve
from citeresolve.pipeline.extract import analyse

from .conftest import load_cases

CASES = load_cases("grammar_v2.toml")


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['class']}-{c['lang']}-{i}" for i, c in enumerate(CASES)]
)
def test_case(case: dict[str, Any]) -> None:
    got = [c.key for c in citeresolve.extract(case["text"], lang=case["lang"])]
    assert got == case["keys"]


# The constructions of contract version 2 are tested in five languages at least, the
# other grammar classes of the recall work in three.
_FIVE = {
    "annex", "recital", "protocol", "defined-name", "defined-name-alone", "anaphor",
    "popular-name", "popular-name-alone", "other-rules", "in-particular", "point-list",
    "range", "noncitable",
}  # fmt: skip


def test_every_class_is_tested_in_enough_languages() -> None:
    languages: dict[str, set[str]] = {}
    for case in CASES:
        languages.setdefault(case["class"], set()).add(case["lang"])
    assert set(languages) >= _FIVE
    thin = {c for c, langs in languages.items() if len(langs) < (5 if c in _FIVE else 3)}
    assert not thin


def test_a_popular_name_alone_is_linked_not_cited() -> None:
    analysis = analyse("The GDPR and the Digital Services Act apply.", lang="en")
    assert analysis.citations == []
    assert Counter(c.key for c in analysis.named_instruments) == Counter(
        ["CELEX:32016R0679", "CELEX:32022R2065"]
    )


def test_a_rules_annex_that_never_existed_is_invalid_and_flagged() -> None:
    assert citeresolve.resolve("EP-RULES:annex-V", date="2024-01-01").status == "ok"
    assert citeresolve.resolve("EP-RULES:annex-XXX", date="2024-01-01").status == "invalid"
    findings = citeresolve.check("having regard to Annex XXX to its Rules of Procedure,", lang="en")
    assert [f.code for f in findings] == ["CR002"]


def test_a_protocol_that_does_not_exist_is_flagged() -> None:
    findings = citeresolve.check("having regard to Protocol No 45,", lang="en")
    assert [f.code for f in findings] == ["CR001"]
