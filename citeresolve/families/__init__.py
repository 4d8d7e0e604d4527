"""Citation families: one module per kind of reference, each turning a window of text
into candidates (article chains, OJ issues, act numbers, cases, documents …) and
registering its key grammar, resolver and label (:mod:`citeresolve.model.family`).

Every module of this folder is imported here, so a new family registers itself by
existing.
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
