"""Estonian compounds that start with the annex word "lisa" ("lisateabenõue", a
request for additional information; "lisatasu", "lisaeelarve") are no annex: the annex
word is listed by its case forms, not as a prefix."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="et")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direktiiv 2008/9/EÜ – Artikkel 20 – Tagastamisliikmesriigi lisateabenõue – Nõue"
            " esitada teave",
            ["CELEX:32008L0009", "CELEX:32008L0009:20"],
        ),
        ("määruse (EL) 2016/679 kohaselt makstav lisatasu ja lisaeelarve", ["CELEX:32016R0679"]),
    ],
)
def test_compounds_are_no_annex(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("direktiivi 2008/9/EÜ I lisas esitatud", ["CELEX:32008L0009:annex-I"]),
        (
            "direktiivi 2008/9/EÜ lisadest I ja II",
            ["CELEX:32008L0009:annex-I", "CELEX:32008L0009:annex-II"],
        ),
        ("määruse (EL) 2016/679 lisa II kohaselt", ["CELEX:32016R0679:annex-II"]),
    ],
)
def test_annex_case_forms(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected
