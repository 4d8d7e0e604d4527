"""Tax authorities name the VAT Directive by its practice name: da "momssystemdirektivets
artikel 135, stk. 1, litra d" (Skattestyrelsen), bg "чл. 44 от Директивата за ДДС", ro
"art. 168 din Directiva TVA", el "άρθρο 168 της Οδηγίας ΦΠΑ". The Sixth Directive it
replaced keeps its own name ("a șasea directivă TVA", "Έκτης Οδηγίας ΦΠΑ")."""

from __future__ import annotations

import pytest

import citeresolve

VAT = "CELEX:32006L0112"
SIXTH = "CELEX:31977L0388"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Det følger af momssystemdirektivets artikel 135, stk. 1, litra d, at",
            [f"{VAT}:135(1)(d)"],
        ),
        ("da", "jf. artikel 44 i momssystemdirektivet", [f"{VAT}:44"]),
        ("bg", "Съгласно чл. 44 от Директивата за ДДС мястото е", [f"{VAT}:44"]),
        ("bg", "по смисъла на чл. 168, буква а) от Директива за ДДС", [f"{VAT}:168(a)"]),
        ("ro", "potrivit art. 168 lit. (a) din Directiva TVA", [f"{VAT}:168(a)"]),
        ("el", "σύμφωνα με το άρθρο 168 της Οδηγίας ΦΠΑ", [f"{VAT}:168"]),
    ],
)
def test_practice_names_of_the_vat_directive(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "efter sjette momsdirektivs artikel 13", [f"{SIXTH}:13"]),
        ("bg", "съгласно чл. 17 от Шестата директива", [f"{SIXTH}:17"]),
        ("ro", "art. 17 din a șasea directivă TVA", [f"{SIXTH}:17"]),
        ("el", "το άρθρο 17 της Έκτης Οδηγίας ΦΠΑ", [f"{SIXTH}:17"]),
    ],
)
def test_the_sixth_directive_keeps_its_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
