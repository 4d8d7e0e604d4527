"""Greek writes the Union's abbreviation with dots inside the Treaties' and the
Charter's names as well as without ("Συνθήκη για την Ε.Ε." beside "Συνθήκη για την ΕΕ",
"Χάρτης Θεμελιωδών Δικαιωμάτων της Ε.Ε."): the same instruments. Without the name the
article was read as the Charter's (named before it), which the Treaty named after it
is not."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="el")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Η αρχή αναφέρεται στο προοίμιο του Χάρτη Θεμελιωδών Δικαιωμάτων της Ε.Ε. και στο "
            "άρθρο 2 της Συνθήκης για την Ε.Ε. που ορίζει τις αξίες της Ένωσης.",
            ["CFR", "TEU:2"],
        ),
        ("Το άρθρο 47 του Χάρτη των Θεμελιωδών Δικαιωμάτων της Ε.Ε. ισχύει.", ["CFR:47"]),
        ("Ο Χάρτης Θεμελιωδών Δικαιωμάτων της ΕΕ είναι δεσμευτικός.", ["CFR"]),
        (
            "Κατά το άρθρο 288 της Συνθήκης για τη λειτουργία της Ε.Ε., ο κανονισμός ισχύει.",
            ["TFEU:288"],
        ),
        # negatives: another body's statute, a national charter
        ("Το άρθρο 2 του Καταστατικού της Ε.Ε. Ποδοσφαίρου τροποποιήθηκε.", []),
        ("Ο Χάρτης του Δήμου Αθηναίων για την Ε.Ε. δημοσιεύθηκε.", []),
    ],
)
def test_dotted_eu_names(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
