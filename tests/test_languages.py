"""Per-language cases as data: ``tests/cases/lang/<code>.toml``, one file per EU language.

Each ``[[case]]`` is a real sentence and the keys extracting it in that language
gives, in order (an empty list: a negative, nothing is cited); each ``[[detect]]``
a text that is detected as that language. Adding a language is its data file and
its case file (CONTRIBUTING.md); no test code changes.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

import pytest

import citeresolve

CASE_DIR = Path(__file__).parent / "cases" / "lang"
_FIELDS = {"name", "note", "text", "keys"}


@functools.cache
def cases_of(code: str) -> dict[str, list[dict[str, Any]]]:
    return tomllib.loads((CASE_DIR / f"{code}.toml").read_text(encoding="utf-8"))


def _params(kind: str) -> list[Any]:
    return [
        pytest.param(code, case, id=f"{code}-{i}-{case['name']}")
        for code in citeresolve.EU_LANGUAGES
        for i, case in enumerate(cases_of(code).get(kind, []))
    ]


@pytest.mark.parametrize(("lang", "case"), _params("case"))
def test_extract(lang: str, case: dict[str, Any]) -> None:
    assert [c.key for c in citeresolve.extract(case["text"], lang=lang)] == case["keys"]


@pytest.mark.parametrize(("lang", "case"), _params("detect"))
def test_detect_language(lang: str, case: dict[str, Any]) -> None:
    assert citeresolve.detect_language(case["text"]) == lang


@pytest.mark.parametrize("lang", citeresolve.EU_LANGUAGES)
def test_every_language_has_positives_and_negatives(lang: str) -> None:
    data = cases_of(lang)
    assert set(data) <= {"case", "detect"}
    for case in [*data["case"], *data.get("detect", [])]:
        assert {"name", "text"} <= set(case) <= _FIELDS, case
    assert all(isinstance(case["keys"], list) for case in data["case"])
    positives = [case for case in data["case"] if case["keys"]]
    assert len(positives) >= 5 and len(positives) < len(data["case"])


def test_there_is_a_case_file_for_every_language_and_no_other() -> None:
    assert sorted(p.stem for p in CASE_DIR.glob("*.toml")) == sorted(citeresolve.EU_LANGUAGES)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(citeresolve.UnknownLanguageError, match="unknown language 'xx'"):
        citeresolve.extract("Article 3 TEU", lang="xx")


def test_citations_come_in_text_order() -> None:
    text = "Article 2 TEU, Regulation (EU) 2016/679 and (2022/2505(RSP))"
    found = citeresolve.extract(text, lang="en")
    assert [c.start for c in found] == sorted(c.start for c in found)
