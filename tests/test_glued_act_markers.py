"""A footnote marker glued to the year of an act number written number first ("No
178/20024" where the marker is 4): read through where the digit fits the document's
footnote numbering, as for OJ references, case numbers and year-first numbers
(text/footnotes.py glued_footnote; families/act_markers.py marker_in_evidence)."""

from __future__ import annotations

import pytest

from .conftest import eu_act_spans as acts

# The visas of an old act, their footnote markers glued to their last words.
_VISAS = {
    "bg": "като взеха предвид предложението на Комисията1,\nстановището на комитета2,\n"
    "в съответствие с процедурата на Договора3,\n",
    "de": "auf Vorschlag der Kommission1,\nnach Stellungnahme des Ausschusses2,\n"
    "gemäß dem Verfahren des Vertrags3,\n",
    "fr": "vu la proposition de la Commission1,\nvu l'avis du Comité2,\n"
    "statuant conformément à la procédure du traité3,\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "bg",
            "(1) Общите принципи са установени в Регламент (ЕО) № 1829/20034. Този",
            [("CELEX:32003R1829", "Регламент (ЕО) № 1829/2003")],
        ),
        (
            "de",
            "(1) Die Grundsätze legt die Verordnung (EG) Nr. 1829/20034 fest.",
            [("CELEX:32003R1829", "Verordnung (EG) Nr. 1829/2003")],
        ),
        (
            "fr",
            "(1) Le règlement (CE) no 1829/20034 fixe les principes.",
            [("CELEX:32003R1829", "règlement (CE) no 1829/2003")],
        ),
    ],
)
def test_marker_in_the_footnote_numbering(
    lang: str, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(_VISAS[lang] + sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a digit the numbering does not continue (markers 1 to 3, then 7)
        ("de", "(1) Die Grundsätze legt die Verordnung (EG) Nr. 1829/20037 fest."),
        ("fr", "(1) Le règlement (CE) no 1829/20039 fixe les principes."),
    ],
)
def test_digit_out_of_the_numbering(lang: str, sentence: str) -> None:
    assert acts(_VISAS[lang] + sentence, lang) == []


def test_no_numbering_no_marker() -> None:
    # the same number in a text with no footnote numbering stays unread
    assert acts("Регламент (ЕО) № 1829/20034. Този регламент", "bg") == []
