"""One loader for the shared data files of ``citeresolve/data`` (TOML).

Language files have their own loader and schema (:mod:`.lang`); every other
data file is read here, once per process, and checked against its schema (the
schemas are data too, ``data/schemas.toml``, read by :mod:`.schema`).
"""

from __future__ import annotations

import functools
from typing import Any

from .cache import checked, parsed
from .schema import SCHEMA_FILE, schemas, validate


@functools.cache
def table(name: str) -> dict[str, Any]:
    """The parsed contents of ``citeresolve/data/<name>`` (e.g. ``"instruments.toml"``)."""
    data = parsed(name)
    # Checked again when the file or its schema changes (the schema file's stamp).
    checked(name, lambda: _check(name, data), also=SCHEMA_FILE)
    return data


def _check(name: str, data: dict[str, Any]) -> None:
    schema = schemas().get(name)
    if schema is not None:
        validate(data, schema, f"data/{name}")
