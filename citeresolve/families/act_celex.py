"""The CELEX number of an act read with its kind, domain, year and serial, and the key
parts of a CELEX number (families/eu_acts.py)."""

from __future__ import annotations

import functools

from ..knowledge.data import table
from ..model.keys import KeyParts
from .act_numbers import ACT_KINDS


@functools.cache
def _domains(name: str) -> frozenset[str]:
    """Case-folded: a text may write a domain in capitals only (pl "2008/944/WPZIB")."""
    return frozenset(d.casefold() for d in table("act_domains.toml")[name])


# Frozen, so one value serves every citation of the same act: a document cites few
# acts many times, and building the parts (fifteen fields) cost more than reading them.
@functools.lru_cache(maxsize=4096)
def act_parts(celex: str) -> KeyParts:
    return KeyParts(type="eu_act", celex=celex)


def celex(kind: str, domain: str, year: int, number: int) -> str:
    domains = {d.strip().casefold() for d in domain.split(",")}
    if kind in _domains("jha_kinds") and domains & _domains("jha"):
        return f"3{year}F{number:04d}"  # police and judicial cooperation in criminal matters
    if kind == "common_position" and domains - {""} and not domains & _domains("cfsp"):
        # Co-decision common positions are preparatory acts, always with their
        # Community's domain ("(EC) No 14/2008"); with none written, a CFSP act.
        return f"5{year}AG{number:04d}"
    return f"3{year}{ACT_KINDS[kind].descriptor}{number:04d}"
