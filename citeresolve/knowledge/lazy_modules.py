"""Modules imported on first use.

Importing the extractor imported every stage a text could need: a first call of a
fresh process paid for the modules of keyword lines, list items, provision lines,
bracketed statements, titles and the like even for a one-line text that needs none
of them (each module a few tenths of a millisecond to read and run).
:func:`lazy_modules` stands for such a module and imports it the first time one of
its attributes is read; the module that made the stand-in then gets the module
itself in its place (as :func:`.lazy_patterns.lazy_pattern` does with patterns), so
that later reads are those of any imported module.  The importing module reads the
module's names through it (``keyword_lines.keyword_line_head(...)``), never with
``from … import``, and imports it under ``TYPE_CHECKING`` for the type checker.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any


class _LazyModule:
    """Stands for the module ``name`` until one of its attributes is read."""

    def __init__(self, name: str, owner: dict[str, Any]) -> None:
        self._lazy_name = name
        # The namespace of the module that made it, until the first use replaces it there.
        self._lazy_owner: dict[str, Any] | None = owner

    def __getattr__(self, attribute: str) -> Any:
        # Only names the instance lacks come here.
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        module = importlib.import_module(self._lazy_name)
        owner, self._lazy_owner = self._lazy_owner, None
        if owner is not None:
            for global_name in [k for k, v in owner.items() if v is self]:
                owner[global_name] = module
        # Not kept on the stand-in: a module's names may be replaced (a test's patch).
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._lazy_name!r}, not imported yet>"


def lazy_modules(*names: str) -> None:
    """Bind each of the modules ``names`` (relative to the calling module's package:
    ``".keyword_lines"``), under its own name in the calling module, to a stand-in that
    imports it when one of its attributes is first read (see the module's docstring)."""
    owner = sys._getframe(1).f_globals
    for name in names:
        full = importlib.util.resolve_name(name, owner["__package__"])
        owner[full.rpartition(".")[2]] = _LazyModule(full, owner)
