"""Citation families: one module per kind of reference, each turning a window of text
into candidates (article chains, OJ issues, act numbers, cases, documents …) and
registering its key grammar, resolver and label (:mod:`citeresolve.model.family`).

The modules that register a family are listed here (``FAMILY_MODULES``, in the order
they register) and imported with the package; the other modules of this folder are
their helpers, imported by the modules that use them, some only at their first use
(families/act_helpers.py), so that a text without acts does not import the act
grammar's helpers. A new family is a module here and a line in ``FAMILY_MODULES``
(tests/test_lazy_modules.py finds a module that registers and is not listed).
"""

from __future__ import annotations

import importlib

# The family modules, each with the citation types it registers, in registration order
# (the order of model.family.families(), in which the extractor runs their finders).
FAMILY_MODULES: dict[str, tuple[str, ...]] = {
    "cases": ("case",),
    "com_documents": ("com_doc",),
    "council_documents": ("council_doc",),
    "ep_documents": ("ep_doc",),
    "procedures": ("procedure",),
    "eu_acts": ("eu_act",),
    "named": ("treaty", "rules", "instrument"),
    "official_journal": ("oj",),
}

for _name in FAMILY_MODULES:
    importlib.import_module(f"{__name__}.{_name}")
