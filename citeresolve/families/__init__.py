"""Citation families: one module per kind of reference, each turning a window of text
into candidates (article chains, OJ issues, act numbers, cases, documents …) and
registering its key grammar, resolver and label (:mod:`citeresolve.model.family`).

Every module of this folder is imported here, so a new family registers itself by
existing.
"""

from __future__ import annotations

import importlib
import os

# The folder's listing, not pkgutil.iter_modules: importing pkgutil and its finder
# walk cost about 1 ms of a first call. Same modules, same (sorted) order; the
# folder holds modules only, no packages.
for _name in sorted(os.listdir(__path__[0])):
    if _name.endswith(".py") and _name != "__init__.py":
        importlib.import_module(f"{__name__}.{_name[:-3]}")
