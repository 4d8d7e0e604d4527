"""The Charter of Fundamental Rights by its abbreviation after an article: en "CFR",
"CFREU", "EUCFR", bg "ХОПЕС", cs "LZPEU" (as de "GRCh", fr "CDFUE"). Only an article
binds it: the abbreviation alone is no citation, and a US "12 CFR 1026.5" is none."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The Court relied on Article 8 ECHR and Articles 7, 8 and 47 CFR.",
            ["ECHR:8", "CFR:7", "CFR:8", "CFR:47"],
        ),
        ("en", "The applicant alleged a breach of Art. 47 CFREU.", ["CFR:47"]),
        (
            "en",
            "Member States are bound only when implementing EU law (Article 51(1) EUCFR).",
            ["CFR:51(1)"],
        ),
        ("en", "Under 12 CFR 1026.5 the creditor must disclose the terms; the CFR applies.", []),
        (
            "bg",
            "Съгласно чл. 47 от ХОПЕС всеки има право на ефективни правни средства.",
            ["CFR:47"],
        ),
        ("bg", "Защитата по чл. 7 и 8 ХОПЕС обхваща личния живот.", ["CFR:7", "CFR:8"]),
        ("cs", "Soud neshledal porušení čl. 47 LZPEU.", ["CFR:47"]),
        ("cs", "Právo na ochranu údajů zaručují čl. 7 a 8 LZPEU.", ["CFR:7", "CFR:8"]),
    ],
)
def test_charter_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
