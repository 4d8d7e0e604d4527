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

:func:`lazy_names` does the same for functions that a module imports by name from a
helper it needs only now and then (the act grammar's helpers, which a text without an
act number never calls): ``from .act_bare import bare_act`` becomes
``lazy_names(".act_bare", "bare_act")``, the calls stay as they were, and the first
call imports the helper and puts its function in the stand-in's place.
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


class _LazyName:
    """Stands for the function ``name`` of the module ``module`` until it is first called."""

    def __init__(self, module: str, name: str) -> None:
        self._lazy_module = module
        self._lazy_name = name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        function = getattr(importlib.import_module(self._lazy_module), self._lazy_name)
        # The module whose code called the stand-in (the one that bound it, or one that
        # imported the stand-in from it) holds the function from now on; not where a
        # test has patched the name.
        caller = sys._getframe(1).f_globals
        if caller.get(self._lazy_name) is self:
            caller[self._lazy_name] = function
        return function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<function {self._lazy_module}.{self._lazy_name}, not imported yet>"


def lazy_names(module: str, *names: str) -> None:
    """Bind each function ``names`` of ``module`` (relative to the calling module's
    package: ``".act_bare"``), under its own name in the calling module, to a stand-in
    that imports the module at its first call and gives way to the function in the
    namespace of the code that called it (see the module's docstring). For functions
    only: a constant or a class is read, not called, and is imported as usual."""
    owner = sys._getframe(1).f_globals
    full = importlib.util.resolve_name(module, owner["__package__"])
    for name in names:
        owner[name] = _LazyName(full, name)
