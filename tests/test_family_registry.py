"""The family registry: every citation type is a registered family that owns its key
grammar, and keys dispatch through it."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve import InvalidKeyError, KeyParts
from citeresolve.model.family import Family, citation_types, families, family, register

# One key per family, from citation-keys.md.
KEYS = {
    "treaty": "TEU:3(5)",
    "rules": "EP-RULES:144(5)",
    "instrument": "ECHR:6(1)",
    "oj": "OJ:C:2021:023:83",
    "ep_doc": "TA-9-2021-0056",
    "procedure": "PROC:2017/0360R(NLE)",
    "eu_act": "CELEX:32011L0083:6(1)",
    "case": "CJEU:C-311/18",
    "com_doc": "COM(2021)206",
}


def test_every_contract_type_is_a_registered_family() -> None:
    assert set(KEYS) <= set(citation_types())
    assert [f.type for f in families()] == list(citation_types())


@pytest.mark.parametrize(("type_", "key"), sorted(KEYS.items()))
def test_a_family_parses_its_own_keys_and_no_other(type_: str, key: str) -> None:
    own = family(type_)
    parts = own.parse_key(key)
    assert parts is not None and parts.type == type_
    assert own.format_key(parts) == key == citeresolve.format_key(parts)
    others = [f.type for f in families() if f.type != type_ and f.parse_key(key) is not None]
    assert others == []


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(InvalidKeyError, match=r"unknown citation type 'memo'.*com_doc"):
        citeresolve.format_key(KeyParts(type="memo"))


def test_a_type_registers_once() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register(Family("case", family("case").format_key, family("case").parse_key))


def test_standalone_finders_return_their_own_type() -> None:
    text = "Case C-311/18, COM(2021) 206 final, P9_TA(2021)0056, 2022/2505(RSP), ST 12345/23."
    for fam in families():
        if fam.find is not None:
            assert {c.type for c in fam.find(text)} <= {fam.type}
    found = {c.type for fam in families() if fam.find is not None for c in fam.find(text)}
    assert {"case", "com_doc", "ep_doc", "procedure"} <= found
