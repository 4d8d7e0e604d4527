"""The checker of the shared data files: unknown keys are rejected, list items are typed.

The schemas are data: ``citeresolve/data/schemas.toml`` holds one for every
other file of ``citeresolve/data`` (the language files have theirs in
:mod:`.lang_schema`), so a family that brings a data file adds its schema there,
with no Python.  ``tests/test_data_schemas.py`` checks that none is missing and
runs the examples that entries carry (``example`` of a URL template).

A schema is written with values TOML can hold:

* a type name (``"str"``, ``"int"``, ``"bool"``, ``"date"``): the value has
  that type;
* ``[item]``: a list whose every item matches ``item``;
* ``{field = s, "other?" = s}``: a table with exactly these fields, a trailing
  ``?`` marking an optional one;
* ``{"*" = s}``: a table of free keys (language codes, instrument codes …) whose
  values all match ``s``.

:func:`schemas` reads the schema file once, when the first data file is checked,
and checks it in turn (a type name that does not exist names the file and the
path of the field), so a mistake in either file fails at once, not later as a
wrong result.  :func:`citeresolve.knowledge.data.table` checks a data file the
first time it is read.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from ..errors import LanguageDataError
from .cache import parsed

Schema = Any  # a type, a one-item list or a dict, as described above

SCHEMA_FILE = "schemas.toml"
TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool, "date": dt.date}


@functools.cache
def schemas() -> dict[str, Schema]:
    """The schema of each shared data file by its name (``"urls.toml"``), read from
    ``data/schemas.toml``, its type names made types."""
    return from_data(parsed(SCHEMA_FILE), f"data/{SCHEMA_FILE}")


def from_data(data: dict[str, Any], source: str) -> dict[str, Schema]:
    """The schemas written in ``data`` (a file's name -> its schema, as in the schema
    file); raise :class:`LanguageDataError` naming ``source`` and the path of a
    node that is not of the notation."""
    out = {}
    for name, schema in data.items():
        if not isinstance(schema, dict):
            raise LanguageDataError(f"{source}: {name} must be a table, not {schema!r}")
        out[name] = _compiled(schema, source, name)
    return out


def _compiled(node: Any, source: str, where: str) -> Schema:
    """``node`` of the schema file with its type names made types."""
    if isinstance(node, str):
        if node not in TYPES:
            expected = ", ".join(sorted(TYPES))
            raise LanguageDataError(
                f"{source}: {where}: unknown type name {node!r}; expected one of {expected}"
            )
        return TYPES[node]
    if isinstance(node, list):
        if len(node) != 1:
            raise LanguageDataError(
                f"{source}: {where} must be a list of one item (the schema of every item)"
            )
        return [_compiled(node[0], source, f"{where}[0]")]
    if not isinstance(node, dict):
        raise LanguageDataError(
            f"{source}: {where} must be a type name, a list or a table, not {node!r}"
        )
    if "*" in node and len(node) > 1:
        raise LanguageDataError(f"{source}: {where}: '*' (free keys) stands alone in a table")
    return {key: _compiled(sub, source, f"{where}.{key}") for key, sub in node.items()}


def validate(value: Any, schema: Schema, where: str) -> None:
    """Raise :class:`LanguageDataError` naming ``where`` when ``value`` does not match."""
    if isinstance(schema, type):
        # bool is an int in Python; a flag where a number is expected is a mistake.
        if not isinstance(value, schema) or (schema is int and isinstance(value, bool)):
            raise LanguageDataError(f"{where} must be a {_name(schema)}, not {value!r}")
        return
    if isinstance(schema, list):
        if not isinstance(value, list):
            raise LanguageDataError(f"{where} must be a list, not {value!r}")
        for i, item in enumerate(value):
            validate(item, schema[0], f"{where}[{i}]")
        return
    if not isinstance(value, dict):
        raise LanguageDataError(f"{where} must be a table, not {value!r}")
    if "*" in schema:
        for key, item in value.items():
            validate(item, schema["*"], f"{where}.{key}")
        return
    fields = {name.rstrip("?"): (sub, name.endswith("?")) for name, sub in schema.items()}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise LanguageDataError(
            f"{where}: unknown field(s) {', '.join(unknown)}; expected {', '.join(fields)}"
        )
    for name, (sub, optional) in fields.items():
        if name in value:
            validate(value[name], sub, f"{where}.{name}")
        elif not optional:
            raise LanguageDataError(f"{where}: field {name!r} is missing")


def _name(schema: type) -> str:
    return {str: "string", int: "whole number", bool: "true/false", dt.date: "date"}.get(
        schema, schema.__name__
    )
