"""Shared data files match their schemas: unknown fields are rejected, list items typed."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from citeresolve import LanguageDataError
from citeresolve.knowledge.data import table
from citeresolve.knowledge.schema import SCHEMAS, validate


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shipped_file_matches_its_schema(name: str) -> None:
    with (resources.files("citeresolve") / "data" / name).open("rb") as fh:
        validate(tomllib.load(fh), SCHEMAS[name], f"data/{name}")
    assert table(name)  # the loader checks it too


URL_SCHEMA = SCHEMAS["urls.toml"]
GOOD_URL = {"template": "https://example.eu/{key}", "evidence": "C"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"x": {**GOOD_URL, "templat": "typo"}}, r"data/urls\.toml\.x: unknown field\(s\) templat"),
        ({"x": {"template": "https://example.eu/"}}, r"field 'evidence' is missing"),
        ({"x": {**GOOD_URL, "evidence": 3}}, r"\.x\.evidence must be a string"),
    ],
)
def test_a_wrong_url_entry_is_named(data: dict, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message):
        validate(data, URL_SCHEMA, "data/urls.toml")


def test_list_items_are_typed_and_flags_are_not_numbers() -> None:
    schema = SCHEMAS["council_documents.toml"]
    good = table("council_documents.toml")
    with pytest.raises(LanguageDataError, match=r"words\.en\[1\] must be a string"):
        validate({**good, "words": {"en": ["Council document", 7]}}, schema, "data/c.toml")
    with pytest.raises(LanguageDataError, match=r"century_pivot must be a whole number"):
        validate({**good, "century_pivot": True}, schema, "data/c.toml")
    validate(good, schema, "data/c.toml")
