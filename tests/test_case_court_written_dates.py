"""A case number after the Court's name and the judgment's date with its month in
words, the hyphen of the number lost: it "Corte Giustizia UE, 16 Luglio 2020. C 311/18",
fr "CJUE, 16 juillet 2020, C 311/18", de "EuGH, 16. Juli 2020 - C 311/18", es "TJUE, 16
de julio de 2020, C 311/18"."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Corte di Giustizia UE, 3 Ottobre 2019. C 18/18 - Pres. Lenaerts.",
            ["CJEU:C-18/18"],
        ),
        ("fr", "CJUE, 8 septembre 2022, C 80/21, Cour de cassation", ["CJEU:C-80/21"]),
        ("de", "EuGH, 21. Dezember 2016 - C 203/15 (Tele2 Sverige)", ["CJEU:C-203/15"]),
        ("es", "TJUE, 14 de marzo de 2017, C 157/15", ["CJEU:C-157/15"]),
        # the numeric date, as before
        ("de", "EuGH, 20.02.1979 - 120/78", ["CJEU:C-120/78"]),
    ],
)
def test_case_after_court_and_written_date(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
