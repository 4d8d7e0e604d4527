"""Module-level patterns compiled on first use.

A family module holds a dozen patterns at module level, and the extractor imports
every family: a fresh process compiled some 150 of them (each read back from the
kept engine code, see :func:`.cache.compile_pattern`) before its first text, most
of which a text never asks for (an English draft with no Council document, no
corrigendum, no case list). :func:`lazy_pattern` stands for the compiled pattern
and compiles it the first time one of its attributes is read; each attribute read
(``match``, ``finditer`` …) is then kept on the stand-in, so that later reads are
an attribute lookup like any other, with no call in between.  The module that made
the stand-in gets the compiled pattern in its place at that first use: its own code
then reads the pattern itself (a stand-in's attribute read cost the steady state a
few tenths of a per cent); a module that imported the stand-in keeps using it.
"""

from __future__ import annotations

import sys
from typing import Any, cast

import regex

from .cache import compile_pattern


class _LazyPattern:
    """Stands for ``compile_pattern(pattern, flags, anchored)`` until an attribute is read."""

    def __init__(
        self,
        pattern: str,
        flags: int,
        owner: dict[str, Any] | None = None,
        anchored: bool = False,
    ) -> None:
        self._lazy_key: tuple[str, int] | tuple[str, int, bool] = (
            (pattern, flags, True) if anchored else (pattern, flags)
        )
        # The namespace of the module that made it, until the first use replaces it there.
        self._lazy_owner = owner

    def __getattr__(self, name: str) -> Any:
        # Only names the instance lacks come here: the first read of each.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = compile_pattern(*self._lazy_key)
        owner, self._lazy_owner = self._lazy_owner, None
        if owner is not None:
            for global_name in [k for k, v in owner.items() if v is self]:
                owner[global_name] = compiled
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return compile_pattern, self._lazy_key

    def __repr__(self) -> str:
        return repr(compile_pattern(*self._lazy_key))


def lazy_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``compile_pattern(pattern, flags)``, compiled when first used: for patterns at
    module level (see the module's docstring)."""
    owner = sys._getframe(1).f_globals
    return cast("regex.Pattern[str]", _LazyPattern(pattern, int(flags), owner))


# The stand-ins of deferred_pattern by key: a grammar built again (another language, a
# test's data) asks for the same patterns, and one stand-in compiles each once.
_DEFERRED: dict[tuple[str, int, bool], regex.Pattern[str]] = {}
_MAX_DEFERRED = 2_000


def deferred_pattern(pattern: str, flags: int = 0, anchored: bool = False) -> regex.Pattern[str]:
    """``compile_pattern(pattern, flags, anchored)``, compiled when first used: for the
    patterns a language's grammar builds from its data (an instrument matcher, a context
    reader, the links of chains), of which a text uses few. An English first call built
    some 120 of them, each read back from its kept engine code, and used 15 (a text
    with no Protocol, no defined name, no national title needs none of theirs)."""
    key = (pattern, int(flags), anchored)
    found = _DEFERRED.get(key)
    if found is None:
        if len(_DEFERRED) >= _MAX_DEFERRED:
            _DEFERRED.clear()
        found = _DEFERRED[key] = cast(
            "regex.Pattern[str]", _LazyPattern(pattern, int(flags), None, anchored)
        )
    return found
