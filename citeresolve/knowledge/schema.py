"""Schemas of the shared data files: unknown keys are rejected, list items are typed.

A schema is written with Python values:

* a type (``str``, ``int``, ``bool``, ``dt.date``): the value has that type;
* ``[item]``: a list whose every item matches ``item``;
* ``{"field": s, "other?": s}``: a table with exactly these fields, a trailing
  ``?`` marking an optional one;
* ``{"*": s}``: a table of free keys (language codes, instrument codes …) whose
  values all match ``s``.

:func:`citeresolve.knowledge.data.table` checks a file against its schema in
:data:`SCHEMAS` the first time it is read, so a misspelt field fails at once
with the file and the path of the field, not later as a wrong result.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import LanguageDataError

Schema = Any  # a type, a one-item list or a dict, as described above

_LANG_WORDS: Schema = {"*": [str]}  # language code -> words

SCHEMAS: dict[str, Schema] = {
    "urls.toml": {"*": {"template": str, "evidence": str, "seen?": str}},
    "council_documents.toml": {
        "century_pivot": int,
        "register_first_year": int,
        "suffixes": [str],
        "words": _LANG_WORDS,
    },
    "act_domains.toml": {"cfsp": [str]},
    "act_kinds.toml": {
        "kinds": {"*": {"descriptor": str, "year_first": bool, "needs_domain": bool}}
    },
    "act_words.toml": {"*": _LANG_WORDS},
    "homoglyphs.toml": {"cyrillic": {"*": str}, "greek": {"*": str}},
    "foreign_abbreviations.toml": {"words": [str]},
    "instruments.toml": {
        "*": {
            "type": str,
            "title": str,
            "articles?": int,
            "celex?": str,
            "celex_article?": str,
            "eli?": str,
            "url?": str,
            "article_anchor?": str,
            "latin_suffixes?": bool,
        }
    },
}


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
