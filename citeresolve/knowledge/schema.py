"""Schemas of the shared data files: unknown keys are rejected, list items are typed.

Every file of ``citeresolve/data`` has one (the language files have theirs in
:mod:`.lang`); ``tests/test_data_schemas.py`` checks that none is missing and
runs the examples that entries carry (``example`` of a URL template).

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
_COURT: Schema = {"name": str, "first_year": int, "last_year?": int, "judgment_descriptor": str}
_NAMED: Schema = {"name": str, "abbreviation?": str}  # a treaty's name in a language

SCHEMAS: dict[str, Schema] = {
    "urls.toml": {
        "*": {
            "template": str,
            "evidence": str,
            "seen?": str,
            # a key, and the URL of this template that resolving it gives (tests run it)
            "example?": {"key": str, "url": str, "lang?": str, "date?": dt.date},
        }
    },
    "council_documents.toml": {
        "century_pivot": int,
        "register_first_year": int,
        "suffixes": [str],
        "words": _LANG_WORDS,
    },
    "act_domains.toml": {"cfsp": [str], "union": [str], "union_from": int},
    "act_kinds.toml": {
        "kinds": {"*": {"descriptor": str, "year_first": bool, "needs_domain": bool}}
    },
    "act_words.toml": {"*": _LANG_WORDS},
    "homoglyphs.toml": {"cyrillic": {"*": str}, "greek": {"*": str}},
    "foreign_abbreviations.toml": {"words": [str]},
    "passages.toml": {"languages": [str]},
    "check_codes.toml": {
        "codes": {"*": {"title": str, "message": str}},
        "official_journal": {"max_issue": int},
        "identifiers": {"celex": str, "ecli": str},
        "former_article_words": _LANG_WORDS,
    },
    "context_words.toml": {
        "*": {
            "anaphors": {"*": [str]},  # act kind -> "that Regulation", "dudit règlement" …
            # act kind -> its bare word ("rámcového rozhodnutia"): the one act of the kind
            "kind_words?": {"*": [str]},
            "definition_markers": [str],
            "defined_first?": [str],  # "med ”X” avses …", "‘X’ means …": the verb
            "paragraph_anaphors": [str],
            "quotes": [[str]],  # pairs of opening and closing quotes
            "self_references": [str],
        }
    },
    "ep_rules.toml": {
        "max_rule": int,
        "max_annex": int,
        "rule_number_width": int,
        "versions": [
            {
                "term": int,
                "date": dt.date,
                "index": str,
                "seen": str,
                "rules?": int,
                "annexes?": int,
                "counts_evidence?": str,
            }
        ],
    },
    "identifiers.toml": {
        "eli_typed_acts_from": int,
        "new_act_numbering_year": int,
        "act_serial_max": int,
        "latin_suffixes": [str],
        "com_by_celex": [str],
        "ep_terms": {"*": {"first_year": int, "last_year": int, "doceo": bool}},
        "procedure_types": {"*": str},
        "oeil": {"languages": [str], "rules_codes": [str]},
        "cellar_languages": {"*": str},
        "official_journal": {
            "classic_first_year": int,
            "classic_last_year": int,
            "act_by_act_first_year": int,
            "act_by_act_first_month": int,
            "subseries": {"*": {"series": [str], "first_year": int, "last_year": int}},
            # how its date is written: a pattern per style, with texts it matches whole
            "date_styles": {"*": {"place": str, "pattern": str, "examples": [str]}},
        },
        "courts": {
            "century_pivot": int,
            "prefix_from_year": int,
            "C": _COURT,
            "T": _COURT,
            "F": _COURT,
        },
        "eli_typedoc": {"*": str},
        "com_documents": {"*": [str]},  # document type -> CELEX descriptors, likeliest first
        "com_document_words": {"*": [str]},  # document type -> how texts write it
    },
    "labels.toml": {
        "*": {
            **{f"{code}?": _NAMED for code in ("TEU", "TFEU", "CFR", "EAEC", "TEC", "EEC")},
            "domains?": {"EEC": str, "EC": str, "EU": str},
            "regulation?": str,
            "directive?": str,
            "decision?": str,
            "decision_before_lisbon?": str,
            "number?": str,
            "act_order?": str,
            "rules?": str,
            "protocol?": str,
            "pin_label?": {
                "article": str,
                "paragraph": str,
                "point": str,
                "before_abbreviation?": str,
            },
            "abbreviation_first?": bool,
        }
    },
    "popular_names.toml": {
        "abbreviation_endings?": _LANG_WORDS,
        "name_endings?": _LANG_WORDS,
        "abbreviation_words?": {"*": {"*": [str]}},
        "acts": {
            "*": {
                "celex": str,
                "title": str,
                "official": bool,
                "source": str,
                "names": _LANG_WORDS,
            }
        },
    },
    "treaties.toml": {
        "lisbon": dt.date,
        "citable_from": {"*": dt.date},
        "versions": {
            "*": [
                {
                    "name": str,
                    "celex": str,
                    "from": dt.date,
                    "articles": int,
                    "numbering": str,
                    "lettered?": bool,
                    "consolidation?": bool,
                    "eli?": str,
                    "evidence": str,
                    "seen": str,
                }
            ]
        },
        "protocols": {"celex": str, "count": int, "evidence": str, "seen": str},
        "correspondence": [
            {
                "eec?": str,
                "maastricht?": str,
                "amsterdam?": str,
                "teu_amsterdam?": str,
                "lisbon": str,
                "subject": str,
                "checked?": str,
            }
        ],
    },
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
            "bare_articles?": bool,
            # the [references] kind of the language files whose words stand for it
            "reference?": str,
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
