"""One loader for the shared data files of ``citeresolve/data`` (TOML).

Language files have their own loader and schema (:mod:`.lang`); every other
data file is read here, once per process, and checked against its schema
(:mod:`.schema`) when it has one.
"""

from __future__ import annotations

import functools
from typing import Any

from .cache import checked, parsed
from .schema import SCHEMAS, validate


@functools.cache
def table(name: str) -> dict[str, Any]:
    """The parsed contents of ``citeresolve/data/<name>`` (e.g. ``"instruments.toml"``)."""
    data = parsed(name)
    if name in SCHEMAS:
        checked(name, lambda: validate(data, SCHEMAS[name], f"data/{name}"))
    return data
