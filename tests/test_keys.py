"""The key grammar of citation-keys.md: every example there, and round trips."""

from __future__ import annotations

import pytest

from citeresolve import InvalidKeyError, KeyParts, Pin, format_key, parse_key
from citeresolve.knowledge.registry import instruments
from citeresolve.model.keys import PROTOCOL_PREFIX, TREATY_CODES

SPEC_KEYS = [
    "TEU:3(5)", "TFEU:215", "CFR:11", "TEU", "EP-RULES:144(5)", "EP-RULES:132(4)", "UDHR",
    "ICCPR", "CAT", "ECHR:6(1)", "OJ:C:2021:023:83", "OJ:C:2013:251E:93", "OJ:L:2023/2854",
    "TA-9-2021-0056", "TA-9-2022-0012", "A-9-2022-0001", "RC-9-2022-0065",
    "PROC:2022/2505(RSP)", "PROC:2017/0360R(NLE)", "CELEX:32016R0679", "CELEX:32011L0083:6(1)",
    "CELEX:32001R1049", "CELEX:32020D1999", "CJEU:C-311/18", "ECLI:EU:C:2020:559",
    "COM(2021)206", "TEU:21-46", "TFEU:107(3)(c)", "EAEC:106a", "ROME-STATUTE:8bis",
    "TFEU:175(3)", "OJ:L:2002:124:1", "OJ:L:1990:192:1", "OJ:L:2022:259I:1", "OJ:L:2022:042I",
    "OJ:C:2024/6592", "CELEX:52002AG0019", "SWD(2014)271", "JOIN(2020)5", "CJEU:T-452/20",
    "REFUGEE-CONVENTION", "UDHR:18-21", "TFEU:322(1)(a)",
]  # fmt: skip


@pytest.mark.parametrize("key", SPEC_KEYS)
def test_every_spec_key_round_trips(key: str) -> None:
    assert format_key(parse_key(key)) == key


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("TEU:3(5)", KeyParts(type="treaty", instrument="TEU", pin=Pin("3", "5"))),
        ("EP-RULES:144(5)", KeyParts(type="rules", instrument="EP-RULES", pin=Pin("144", "5"))),
        ("ECHR:6(1)", KeyParts(type="instrument", instrument="ECHR", pin=Pin("6", "1"))),
        ("TFEU:107(3)(c)", KeyParts(type="treaty", instrument="TFEU", pin=Pin("107", "3", ("c",)))),
        ("TEU:21-46", KeyParts(type="treaty", instrument="TEU", pin=Pin("21", article_end="46"))),
        ("OJ:C:2013:251E:93", KeyParts(type="oj", series="C", year=2013, issue="251E", page=93)),
        ("OJ:L:2023/2854", KeyParts(type="oj", series="L", year=2023, number="2854")),
        ("TA-9-2021-0056", KeyParts(type="ep_doc", doc="TA", term=9, year=2021, number="0056")),
        (
            "PROC:2017/0360R(NLE)",
            KeyParts(type="procedure", year=2017, number="0360", suffix="R", proc_type="NLE"),
        ),
        ("CELEX:32011L0083:6(1)", KeyParts(type="eu_act", celex="32011L0083", pin=Pin("6", "1"))),
        ("CJEU:C-311/18", KeyParts(type="case", series="C", number="311", issue="18")),
        ("ECLI:EU:C:2020:559", KeyParts(type="case", ecli="ECLI:EU:C:2020:559")),
        ("COM(2021)206", KeyParts(type="com_doc", doc="COM", year=2021, number="206")),
    ],
)
def test_parse_gives_the_structured_parts(key: str, expected: KeyParts) -> None:
    assert parse_key(key) == expected


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "TEU:",
        "TEU:3(",
        "OJ:C:21:023",
        "COM(2021)0206",
        "PROC:2022/2505(rsp)",
        "tfeu:3",
        "CELEX:3201R0679",
        "TA-9-21-0056",
        "TEU:3(5)x",
    ],
)
def test_malformed_keys_are_rejected(bad: str) -> None:
    with pytest.raises(InvalidKeyError):
        parse_key(bad)


def test_the_treaty_codes_of_the_key_grammar_are_the_registry_s_treaties() -> None:
    # The key contract names the Treaties (and the Charter) whose codes are keys of
    # type "treaty"; data/instruments.toml must register exactly those, with the
    # Protocols annexed to them, so that code and data cannot drift apart.
    treaties = {code for code, entry in instruments().items() if entry["type"] == "treaty"}
    assert {c for c in treaties if not c.startswith(PROTOCOL_PREFIX)} == TREATY_CODES


def test_key_values_stay_frozen_values_with_their_own_init() -> None:
    # KeyParts, Candidate and Citation set their slots in their own __init__ (faster
    # than attrs' generated one); they stay frozen, equal by value and hashable, and
    # attrs.evolve still builds them through that __init__.
    import attrs

    from citeresolve import Citation
    from citeresolve.model.parts import Candidate

    parts = KeyParts("eu_act", celex="32016R0679", pin=Pin("6", "1", ("a",)))
    assert parts == KeyParts(type="eu_act", celex="32016R0679", pin=Pin("6", "1", ("a",)))
    assert hash(parts) == hash(attrs.evolve(parts))
    assert format_key(parts) == "CELEX:32016R0679:6(1)(a)"
    candidate = Candidate(parts, 3, 9)
    assert candidate.group is None and attrs.evolve(candidate, group=2).group == 2
    citation = Citation("eu_act", format_key(parts), 3, 9, "GDPR 6", parts)
    assert citation.act_kind is None and citation.parts is parts
    assert attrs.asdict(citation)["parts"]["celex"] == "32016R0679"
    for value, field in ((parts, "celex"), (candidate, "start"), (citation, "key")):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, field, None)
