"""Case numbers as some pages write them: an old case with a hyphen for its slash
(EUR-Lex titles of judgments before 1989: "Affaire 25-62."), a language label glued to
the case word ("PTProcesso C64/16"), and a footnote marker glued to the year where the
document's footnotes are numbered so ("C-85/132." after marker 1)."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "case"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "Van Gend en Loos.\nCauza 26-62.\n\nHotărârea", [("CJEU:C-26/62", "26-62")]),
        ("fr", "Costa contre E.N.E.L.\nAffaire 6-64.\n", [("CJEU:C-6/64", "6-64")]),
        (
            "de",
            "in den Rechtssachen 56-64 und 58-64 hat",
            [("CJEU:C-56/64", "56-64"), ("CJEU:C-58/64", "58-64")],
        ),
        # Years, a date, a case since 1989 and a number of four digits are no old case.
        ("fr", "les affaires 1963-64 et suivantes", []),
        ("ro", "Cauza 26-06-1962 a fost", []),
        ("en", "Case 25-92 of the register", []),
    ],
)
def test_an_old_case_with_a_hyphen(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "(1)\n\nPTProcesso C182/15\n\nAleksei Petruhhin", [("CJEU:C-182/15", "C182/15")]),
        ("fr", "Conclusions\n\nFRAffaire C182/15\n\nPetruhhin", [("CJEU:C-182/15", "C182/15")]),
        ("de", "DERechtssache T12/15\n\nKläger", [("CJEU:T-12/15", "T12/15")]),
        # No language's label, or no case word after it: no case.
        ("pt", "ABProcesso C182/15\n", []),
        ("pt", "PTProduto C182/15\n", []),
    ],
)
def test_a_language_label_glued_to_the_case_word(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "au sens de l’article 260 TFUE1. La Cour a condamné l’Italie dans l’affaire C-196/132.",
            [("CJEU:C-196/13", "C-196/13")],
        ),
        (
            "de",
            "nach Art. 260 AEUV1 hat der Gerichtshof in der Rechtssache C-196/132 entschieden",
            [("CJEU:C-196/13", "C-196/13")],
        ),
        (
            "it",
            "ai sensi della direttiva1 e della causa C-196/132. La Corte",
            [("CJEU:C-196/13", "C-196/13")],
        ),
        # No marker before it: the digits are no case year.
        ("en", "the Court in Case C-196/132. held", []),
    ],
)
def test_a_footnote_marker_glued_to_the_year(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected
