"""Parts of the user cache: what the texts of one language read and add.

The kept alternations (:mod:`.kept_strings`) and the pack of kept engine code
(:mod:`.engine_code`) were one file each, which a first call read whole (the
alternations) or whose index it read whole (the pack): after a batch of every
language they held what all 24 languages use, some megabytes, and a first English
call read and checked all of it for the few hundred entries it needs (a tenth of
its instructions). Each now has one file per part: the extractor names the part
of a text by its language (:func:`citeresolve.text.scan.trigger_group`), and what
is asked outside any text (importing, loading a language) is in the part "".
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

_PART: contextvars.ContextVar[str] = contextvars.ContextVar("cache_part", default="")


def current_part() -> str:
    """The part of the cache the current text reads and adds to ("" outside any)."""
    return _PART.get()


@contextlib.contextmanager
def cache_part(name: str) -> Iterator[None]:
    """Kept strings and engine code asked in this block are in part ``name``."""
    token = _PART.set(name)
    try:
        yield
    finally:
        _PART.reset(token)


def part_file(name: str, part: str) -> str:
    """The file name of ``part`` of the cache file ``name`` ("x.pack" -> "x.en.pack")."""
    if not part:
        return name
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.{part}.{suffix}" if dot else f"{name}.{part}"
