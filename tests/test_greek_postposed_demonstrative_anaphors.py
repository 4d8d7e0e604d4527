"""Greek "of that Directive" with the demonstrative after its noun, capitalised as
national texts write the act's word: "το Παράρτημα ΙΙ της Οδηγίας αυτής", "το άρθρο 5
του Κανονισμού αυτού" point back to the last act of that kind, as "της εν λόγω οδηγίας"
does; "της παρούσας Οδηγίας" (this Directive) stays the document itself."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="el")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Εφαρμόζεται η Οδηγία 2011/64/ΕΕ. Το άρθρο 14 της Οδηγίας αυτής ορίζει τους "
            "φορολογικούς συντελεστές.",
            ["CELEX:32011L0064", "CELEX:32011L0064:14"],
        ),
        (
            "σύμφωνα με την Οδηγία 2014/40/ΕΕ, όπως το Παράρτημα ΙΙ της Οδηγίας αυτής "
            "τροποποιήθηκε το 2014",
            ["CELEX:32014L0040", "CELEX:32014L0040:annex-II"],
        ),
        (
            "Ο Κανονισμός (ΕΕ) 2016/679 εφαρμόζεται από το 2018. Το άρθρο 37 του Κανονισμού "
            "αυτού προβλέπει τον υπεύθυνο προστασίας δεδομένων.",
            ["CELEX:32016R0679", "CELEX:32016R0679:37"],
        ),
        (
            "τον Κανονισμό (ΕΚ) αριθ. 883/2004 και το άρθρο 3 του κανονισμού αυτού",
            ["CELEX:32004R0883", "CELEX:32004R0883:3"],
        ),
    ],
)
def test_postposed_demonstrative(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The document itself.
        (
            "Η Οδηγία 2014/40/ΕΕ καταργείται. Το άρθρο 5 της παρούσας Οδηγίας ορίζει",
            ["CELEX:32014L0040"],
        ),
        # A national law's demonstrative.
        ("Ο νόμος 4624/2019 ισχύει. Το άρθρο 5 του νόμου αυτού ορίζει", []),
        # No act of that kind before it.
        ("Το άρθρο 5 της Οδηγίας αυτής ορίζει τις προθεσμίες.", []),
    ],
)
def test_postposed_demonstrative_negatives(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
