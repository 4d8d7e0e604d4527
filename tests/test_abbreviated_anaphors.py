"""The abbreviated anaphors of legal writing point back to the last act of their kind
(``anaphors`` of data/context_words.toml): it "art. 49 reg. cit.", fr "art. 9 de la dir.
préc.", pl "art. 49 cyt. rozporządzenia", "art. 14 ww. dyrektywy"; and el writes the act
words "Καν." and "Οδ." before the act's number (language file ``[acts]``)."""

from __future__ import annotations

import pytest

import citeresolve

R = "CELEX:32019R1150"
L = "CELEX:32019L0790"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "V. reg. (UE) 2019/1150; sul punto art. 5 reg. cit. e art. 9 del regolamento cit.",
            [R, f"{R}:5", f"{R}:9"],
        ),
        ("it", "Cfr. dir. (UE) 2019/790, nonché l'art. 17 dir. cit.", [L, f"{L}:17"]),
        ("fr", "V. le règl. (UE) 2019/1150 ; art. 5 du règl. préc.", [R, f"{R}:5"]),
        ("fr", "La directive (UE) 2019/790 ; v. art. 17, § 4, de la dir. préc.", [L, f"{L}:17(4)"]),
        (
            "pl",
            "Rozporządzenie (UE) 2019/1150 stosuje się; zob. art. 5 cyt. rozporządzenia.",
            [R, f"{R}:5"],
        ),
        (
            "pl",
            "Dyrektywa (UE) 2019/790; zob. art. 17 ust. 4 ww. dyrektywy oraz art. 15 powołanej"
            " dyrektywy.",
            [L, f"{L}:17(4)", f"{L}:15"],
        ),
    ],
)
def test_abbreviated_anaphor(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


def test_the_last_act_of_the_kind() -> None:
    text = "Reg. (UE) 2019/1150 e reg. (UE) 2016/679; art. 6 reg. cit."
    assert _keys(text, "it")[-1] == "CELEX:32016R0679:6"


def test_greek_abbreviated_act_words() -> None:
    text = "Βλ. Καν. 1/2003, άρθρο 5· επίσης Οδ. 2019/790/ΕΕ και Καν. (ΕΕ) 2019/1150."
    assert _keys(text, "el") == [
        "CELEX:32003R0001",
        "CELEX:32003R0001:5",
        L,
        R,
    ]


def test_greek_street_is_no_directive() -> None:
    assert _keys("Οδ. Σταδίου 5, 10562 Αθήνα", "el") == []
