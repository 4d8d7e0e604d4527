"""Shared data files match their schemas: unknown fields are rejected, list items typed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import regex

import citeresolve
from citeresolve import LanguageDataError
from citeresolve.knowledge import schema as schema_module
from citeresolve.knowledge.data import table
from citeresolve.knowledge.schema import SCHEMA_FILE, from_data, schemas, validate

SCHEMAS = schemas()


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


def test_every_shared_data_file_has_a_schema() -> None:
    data = resources.files("citeresolve") / "data"
    shipped = {f.name for f in data.iterdir() if f.name.endswith(".toml")}
    assert len(shipped) >= 15 and shipped == {SCHEMA_FILE, *SCHEMAS}


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        # a misspelt field of a correspondence row, of a Rules version, of a label table
        ("treaties.toml", ("correspondence", 0, "lisbn"), r"correspondence\[0\]: unknown field"),
        ("ep_rules.toml", ("versions", 2, "rule"), r"versions\[2\]: unknown field\(s\) rule"),
        ("labels.toml", ("en", "pin_labels"), r"labels\.toml\.en: unknown field\(s\) pin_labels"),
        ("popular_names.toml", ("acts", "X", "names"), r"acts\.X: field 'celex' is missing"),
        ("context_words.toml", ("fr", "quotes"), r"fr\.quotes\[0\] must be a list"),
    ],
)
def test_a_wrong_field_of_a_shared_file_is_named(
    name: str, change: tuple[object, ...], message: str
) -> None:
    data = tomllib.loads((resources.files("citeresolve") / "data" / name).read_text("utf-8"))
    *path, last = change
    where: Any = data
    for step in path:
        where = where.setdefault(step, {}) if isinstance(where, dict) else where[step]
    where[last] = ["«»"] if last == "quotes" else {}  # quotes: pairs, not strings
    with pytest.raises(LanguageDataError, match=message):
        validate(data, SCHEMAS[name], f"data/{name}")


URL_EXAMPLES = {n: e["example"] for n, e in table("urls.toml").items() if "example" in e}


@pytest.mark.parametrize("name", sorted(URL_EXAMPLES))
def test_a_url_template_s_example_resolves_to_its_url(name: str) -> None:
    example = URL_EXAMPLES[name]
    template = table("urls.toml")[name]["template"]
    # The example's URL is of this template's shape (its fields filled in) …
    shape = ".+?".join(regex.escape(p) for p in regex.split(r"\{[^}]*\}", template))
    assert regex.fullmatch(shape, example["url"])
    # … and resolving the example's key gives it, as the link or an alternative.
    found = citeresolve.resolve(
        example["key"], lang=example.get("lang", "en"), date=example.get("date")
    )
    assert example["url"] in [found.url, *(a.url for a in found.alternatives)]


def test_every_url_template_the_resolvers_fill_has_an_example() -> None:
    # The SPARQL endpoint is a query the online layer sends, not a link.
    assert set(table("urls.toml")) - set(URL_EXAMPLES) == {"cellar_sparql"}


def _schema_data() -> dict[str, Any]:
    return tomllib.loads((resources.files("citeresolve") / "data" / SCHEMA_FILE).read_text("utf-8"))


@pytest.mark.parametrize(
    ("path", "node", "message"),
    [
        # a misspelt type name, where a field's is and inside a list
        (("urls.toml", "*", "template"), "string", r"urls\.toml\.\*\.template: unknown type name"),
        (("passages.toml", "languages"), ["strr"], r"passages\.toml\.languages\[0\]: unknown"),
        (
            ("act_domains.toml", "cfsp"),
            ["str", "int"],
            r"act_domains\.toml\.cfsp must be a list of one",
        ),
        (
            ("homoglyphs.toml", "greek"),
            {"*": "str", "x": "str"},
            r"homoglyphs\.toml\.greek: '\*' \(free keys\) stands",
        ),
        (
            ("ep_rules.toml", "max_rule"),
            7,
            r"ep_rules\.toml\.max_rule must be a type name, a list or a table, not 7",
        ),
    ],
)
def test_a_wrong_node_of_the_schema_file_is_named(
    path: tuple[str, ...], node: object, message: str
) -> None:
    data = _schema_data()
    *parents, last = path
    where: Any = data
    for step in parents:
        where = where[step]
    where[last] = node
    with pytest.raises(LanguageDataError, match=r"^data/schemas\.toml: " + message):
        from_data(data, "data/schemas.toml")


def test_the_schema_file_gives_every_type_of_the_notation() -> None:
    # The shipped schemas use each type name, optional fields, free keys and lists.
    text = (resources.files("citeresolve") / "data" / SCHEMA_FILE).read_text("utf-8")
    assert all(f'"{name}"' in text for name in schema_module.TYPES)
    assert SCHEMAS["ep_rules.toml"]["versions"][0]["rules?"] is int
    assert SCHEMAS["treaties.toml"]["lisbon"] is schema_module.dt.date
    assert SCHEMAS["act_words.toml"] == {"*": {"*": [str]}}


_EXTRACT = "import citeresolve; print(citeresolve.extract('Article 5 TEU', lang='en')[0].key)"


def test_a_misspelt_type_name_in_the_shipped_schemas_fails_the_next_read(tmp_path: Path) -> None:
    # In a copy of the package with a kept cache: the first run records its data files
    # as checked; a schema file changed after that is read and checked all the same.
    package = Path(schema_module.__file__).resolve().parent.parent
    copy_ = shutil.copytree(
        package, tmp_path / "citeresolve", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "CITERESOLVE_CACHE_DIR": str(tmp_path / "c")}

    def run() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", _EXTRACT]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)

    first = run()
    assert (first.returncode, first.stdout) == (0, "TEU:5\n")
    schemas_file = copy_ / "data" / SCHEMA_FILE
    text = schemas_file.read_text("utf-8")
    assert text.count('max_issue = "int"') == 1
    schemas_file.write_text(text.replace('max_issue = "int"', 'max_issue = "integer"'), "utf-8")
    second = run()
    assert second.returncode != 0
    assert (
        "data/schemas.toml: check_codes.toml.official_journal.max_issue: "
        "unknown type name 'integer'" in second.stderr
    )
