"""The instrument registry (``data/instruments.toml``): codes, article counts, URLs."""

from __future__ import annotations

from typing import Any

from .data import table


def instruments() -> dict[str, dict[str, Any]]:
    return table("instruments.toml")


def keeps_latin_suffixes(code: str) -> bool:
    return bool(instruments().get(code, {}).get("latin_suffixes", False))
