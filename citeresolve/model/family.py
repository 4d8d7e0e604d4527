"""The registry of citation families.

A family is one kind of reference (``case``, ``oj``, ``council_doc`` …). The
module that finds it in text (``citeresolve/families/<name>.py``) declares a
:class:`Family` and calls :func:`register` at import; ``citeresolve.families``
imports the modules of its ``FAMILY_MODULES``, so adding a family is adding a module
(and its data) and a line there. Everything that dispatches on the citation type — building and
parsing keys, the standalone finders of the extractor, the offline resolver and
its labels, the checker's problem codes — asks this registry instead of keeping
its own table.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Callable
from typing import Any

from attrs import frozen

from ..errors import InvalidKeyError
from .parts import Candidate, KeyParts


@frozen
class Family:
    """What one citation type brings to the pipeline.

    * ``format_key`` builds the canonical key of a :class:`KeyParts` of this type;
      ``parse_key`` reads one back (``None`` when the string is not of this
      family). ``parse_key(format_key(p)) == p`` must hold.
    * ``find`` (optional) finds the family in the cleaned view on its own; families
      that need the rest of the pipeline (article chains, OJ years from acts) are
      run by the extractor itself and leave it ``None``.
    * ``resolve`` and ``label`` (optional) are the offline resolver, called with
      the resolver's request (see :mod:`citeresolve.resolve.toolkit`), and the
      human-readable label in a language at a date (``label(parts, lang, date)``;
      the date picks a treaty's name of the time, "Article 177 EEC").
    * ``invalid_code`` is the ``check`` problem code for a reference that the
      resolver rules out (``None``: not reported).
    * ``online_check`` names the generic online check that applies
      (``"celex_title"``, ``"http_status"``, ``"case"``, ``"com_doc"``, ``"oj_page"``;
      see ``OnlineResolver._enrich``), ``None`` for none.
    * ``citable_from`` (optional) gives the earliest date a text can cite a key
      (a treaty's signature, a document's year); ``None``: not known.
    * ``key_prefixes`` (optional) are the prefixes that only this family's keys
      start with, ``title`` what the family is called and ``key_example`` a
      key of it: a malformed key with such a prefix is reported as a bad key
      of this family, with the example ("not a canonical OJ key").
    """

    type: str
    format_key: Callable[[KeyParts], str]
    parse_key: Callable[[str], KeyParts | None]
    find: Callable[[str], list[Candidate]] | None = None
    resolve: Callable[[Any], Any] | None = None
    label: Callable[[KeyParts, str, dt.date | None], str] | None = None
    invalid_code: str | None = None
    online_check: str | None = None
    citable_from: Callable[[KeyParts], dt.date | None] | None = None
    key_prefixes: tuple[str, ...] = ()
    title: str = ""
    key_example: str = ""


_FAMILIES: dict[str, Family] = {}


def register(family: Family) -> Family:
    """Add ``family`` to the registry (once per type); returns it for module-level use."""
    if family.type in _FAMILIES:
        raise ValueError(f"citation family {family.type!r} is registered twice")
    _FAMILIES[family.type] = family
    return family


def _loaded() -> dict[str, Family]:
    # The families register themselves when citeresolve.families is imported,
    # which the package's own __init__ does; this covers a caller that reaches
    # the registry first. By name, so that the model does not import the stages.
    # (sys.modules first: import_module costs microseconds, and extract asks once
    # per citation.)
    if "citeresolve.families" not in sys.modules:
        importlib.import_module("citeresolve.families")
    return _FAMILIES


def families() -> tuple[Family, ...]:
    """Every registered family, in registration order."""
    return tuple(_loaded().values())


def citation_types() -> tuple[str, ...]:
    """The ``type`` of every registered family."""
    return tuple(_loaded())


def family(type_: str) -> Family:
    """The family of citation type ``type_``; :class:`InvalidKeyError` for an unknown one."""
    found = _loaded().get(type_)
    if found is None:
        raise InvalidKeyError(
            f"unknown citation type {type_!r}; expected one of {', '.join(citation_types())}"
        )
    return found
