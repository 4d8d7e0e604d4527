"""Keys of named instruments: the treaties (``TEU:3(5)``), the EP Rules of Procedure
(``EP-RULES:144``) and the registered international instruments (``ECHR:6(1)``).

They are found by the article-chain grammar (:mod:`.articles`), the instrument
names (:mod:`.instruments`) and :mod:`citeresolve.pipeline.attach`, which run
together in the extractor; this module owns their key grammar and registers them
with their resolvers and labels, which are long enough to have modules of their
own in :mod:`citeresolve.resolve` (``treaties``, ``ep_rules``, ``instruments``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InvalidKeyError
from ..knowledge.lazy_patterns import lazy_pattern
from ..knowledge.registry import instruments
from ..model.family import Family, register
from ..model.keys import (
    PROTOCOL_CODE,
    RULES_CODE,
    TREATY_CODES,
    KeyParts,
    parts_from_match,
    with_pin,
)
from ..resolve.ep_rules import label_rules, resolve_rules
from ..resolve.instruments import label_named, resolve_instrument
from ..resolve.treaties import label_treaty, resolve_treaty, treaty_citable_from

# PROTOCOL-n: the Protocols annexed to the Treaties (citation-keys.md, version 2).
_KEY = lazy_pattern(r"(?P<instrument>PROTOCOL-[1-9]\d?|[A-Z][A-Z-]*[A-Z])(?::(?P<pin>.+))?")


def format_key(parts: KeyParts) -> str:
    if not parts.instrument:
        raise InvalidKeyError(f"a {parts.type} key needs an instrument")
    return with_pin(parts.instrument, parts.pin)


def _type_of(code: str) -> str | None:
    """The citation type of a registered instrument code (``None``: not registered)."""
    if code == RULES_CODE:
        return "rules"
    if PROTOCOL_CODE.fullmatch(code):
        return "treaty"
    if code not in instruments():
        return None
    return "treaty" if code in TREATY_CODES else "instrument"


def _parser(type_: str) -> Callable[[str], KeyParts | None]:
    def parse(key: str) -> KeyParts | None:
        match = _KEY.fullmatch(key)
        if match is None or _type_of(match["instrument"]) != type_:
            return None
        return parts_from_match(type_, match)

    return parse


TREATY = register(
    Family(
        "treaty",
        format_key,
        _parser("treaty"),
        resolve=resolve_treaty,
        label=label_treaty,
        citable_from=treaty_citable_from,
        invalid_code="CR001",
        online_check="celex_title",
    )
)
RULES = register(
    Family(
        "rules",
        format_key,
        _parser("rules"),
        resolve=resolve_rules,
        label=label_rules,
        invalid_code="CR002",
    )
)
INSTRUMENT = register(
    Family(
        "instrument",
        format_key,
        _parser("instrument"),
        resolve=resolve_instrument,
        label=label_named,
        invalid_code="CR001",
    )
)
