"""The instrument registry (``data/instruments.toml``): codes, article counts, URLs."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def instruments() -> dict[str, dict[str, Any]]:
    path = resources.files("citeresolve") / "data" / "instruments.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def keeps_latin_suffixes(code: str) -> bool:
    return bool(instruments().get(code, {}).get("latin_suffixes", False))
