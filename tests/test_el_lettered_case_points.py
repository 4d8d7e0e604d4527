"""el "περίπτωση" is a subdivision word ("πρώτη περίπτωση") and, before a letter, the
point word of Greek drafting (its abbreviation "περ." is one already): "της περίπτωσης
δ της παρ. 1 του άρθρου 3" is point (d) of Article 3(1). The letter was dropped (3(1)),
and a paragraph-first reference before it in a list ("της παρ. 1 του άρθρου 2 και της
περίπτωσης δ …") was lost with it. A word in both lists of a language is a point word
before a point letter only; pl and el "στοιχείο" read the same order already."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "Έχοντας υπόψη τις διατάξεις της παρ. 1 του άρθρου 2 και της περίπτωσης δ της "
            "παρ. 1 του άρθρου 3 της Συνθήκης για τη Λειτουργία της Ευρωπαϊκής Ένωσης.",
            ["TFEU:2(1)", "TFEU:3(1)(d)"],
        ),
        (
            "el",
            "Η επεξεργασία στηρίζεται στην περίπτωση β΄ της παραγράφου 2 του άρθρου 6 του "
            "κανονισμού (ΕΕ) 2016/679.",
            [f"{GDPR}:6(2)(b)"],
        ),
        (
            "el",
            "σύμφωνα με το άρθρο 6 παράγραφος 1 περίπτωση β του κανονισμού (ΕΕ) 2016/679",
            [f"{GDPR}:6(1)(b)"],
        ),
        (
            "el",
            "των περιπτώσεων α και β της παρ. 1 του άρθρου 6 του κανονισμού (ΕΕ) 2016/679",
            [f"{GDPR}:6(1)(a)", f"{GDPR}:6(1)(b)"],
        ),
        (
            "el",
            "του στοιχείου δ) της παραγράφου 1 του άρθρου 3 του κανονισμού (ΕΕ) 2016/679",
            [f"{GDPR}:3(1)(d)"],
        ),
        ("pl", "zgodnie z lit. d ust. 1 art. 3 rozporządzenia (UE) 2016/679", [f"{GDPR}:3(1)(d)"]),
    ],
)
def test_lettered_case_is_a_point(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an ordinal subdivision stays a subparagraph (no point)
        (
            "el",
            "το άρθρο 6 παράγραφος 1 πρώτη περίπτωση του κανονισμού (ΕΕ) 2016/679",
            [f"{GDPR}:6(1)"],
        ),
        # "in the case of Article 6": no point
        ("el", "στην περίπτωση του άρθρου 6 του κανονισμού (ΕΕ) 2016/679", [f"{GDPR}:6"]),
        # national law
        ("el", "της περίπτωσης α της παρ. 1 του άρθρου 6 του ν. 4624/2019", []),
    ],
)
def test_lettered_case_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
