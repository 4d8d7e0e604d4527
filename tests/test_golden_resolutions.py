"""The golden table of resolutions (fixtures/golden/resolutions.toml): every row
is one key in one language at one citing date, with the status, URL and label
it must resolve to."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

import citeresolve

from .conftest import FIXTURES

CASES: list[dict[str, Any]] = tomllib.loads(
    (FIXTURES / "golden" / "resolutions.toml").read_text("utf-8")
)["case"]


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['key']}-{c['lang']}-{c['date'] or 'undated'}" for c in CASES]
)
def test_golden_resolution(case: dict[str, Any]) -> None:
    result = citeresolve.resolve(case["key"], lang=case["lang"], date=case["date"] or None)
    assert (result.status, result.url or "", result.label) == (
        case["status"],
        case["url"],
        case["label"],
    )


def test_golden_table_is_broad() -> None:
    assert len(CASES) >= 100
    assert len({c["lang"] for c in CASES}) >= 20
    assert len({citeresolve.parse_key(c["key"]).type for c in CASES}) >= 8
    assert sum(1 for c in CASES if c["date"]) >= 40
    assert {c["status"] for c in CASES} >= {"ok", "invalid", "unknown"}
