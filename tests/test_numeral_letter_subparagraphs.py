"""Greek numbers subparagraphs with letters, Greek numerals: the table of contents of
the public procurement law, "Άρθρο 2: Ορισμοί (άρθρο 2 και άρθρο 33 παρ. 1 εδάφιο β’
της Οδηγίας 2014/24/ΕΕ και άρθρο 2 της Οδηγίας 2014/25/ΕΕ)", gave the directive alone
and lost Articles 2 and 33(1). A letter right after "εδάφιο" or "εδ." is the
subparagraph's number ([articles] numeral_letters), dropped as "εδάφιο 2" is; after an
article with no numbered paragraph it counts the paragraph, as "τέταρτο εδάφιο" does.
A letter after "περίπτωση" or "στοιχείο" stays a point."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Άρθρο 2: Ορισμοί (άρθρο 2 και άρθρο 33 παρ. 1 εδάφιο β’ της Οδηγίας 2014/24/ΕΕ"
            " και άρθρο 2 της Οδηγίας 2014/25/ΕΕ)",
            ["CELEX:32014L0024:2", "CELEX:32014L0024:33(1)", "CELEX:32014L0025:2"],
        ),
        ("(άρθρο 33 παρ. 1 εδ. β΄ της Οδηγίας 2014/24/ΕΕ)", ["CELEX:32014L0024:33(1)"]),
        (
            "άρθρο 33 παρ. 1 εδάφιο β΄ και άρθρο 34 της Οδηγίας 2014/24/ΕΕ",
            ["CELEX:32014L0024:33(1)", "CELEX:32014L0024:34"],
        ),
        ("άρθρο 6 παρ. 1 εδ. στ΄ του ΓΚΠΔ", ["CELEX:32016R0679:6(1)"]),
        (
            "το εδάφιο α΄ της παρ. 2 του άρθρου 5 της Οδηγίας 2014/24/ΕΕ",
            ["CELEX:32014L0024:5(2)"],
        ),
        # a paragraph counted by position, as with an ordinal
        ("άρθρο 263 εδάφιο δ΄ ΣΛΕΕ", ["TFEU:263(4)"]),
        ("άρθρο 263 τέταρτο εδάφιο ΣΛΕΕ", ["TFEU:263(4)"]),
        # points stay points; national law stays none
        (
            "άρθρο 33 παρ. 1 περίπτωση β΄ της Οδηγίας 2014/24/ΕΕ",
            ["CELEX:32014L0024:33(1)(b)"],
        ),
        ("άρθρο 33 παρ. 1 στοιχείο β΄ της Οδηγίας 2014/24/ΕΕ", ["CELEX:32014L0024:33(1)(b)"]),
        ("του άρθρου 4 εδ. α΄ του ν. 1338/1983", []),
    ],
)
def test_numeral_letter_subparagraphs(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="el")] == expected
