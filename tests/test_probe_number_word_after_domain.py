"""The number word written out after an act's bracketed domain, found by blind probing of
a parliament's agenda: es "los Reglamentos (CE) número 261/2004, (UE) número 1177/2010"
(Cortes Generales), and the same in other languages ("numéro", "Number", "numer",
"číslo", "nummer"); alone the word numbers national acts and files, which stay uncited."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Propuesta de Reglamento por el que se modifican los Reglamentos (CE) número "
            "261/2004, (CE) número 1107/2006, (UE) número 1177/2010, (UE) número 181/2011 y "
            "(UE) 2021/782 en los que respecta a los derechos de los viajeros.",
            [
                "CELEX:32004R0261",
                "CELEX:32006R1107",
                "CELEX:32010R1177",
                "CELEX:32011R0181",
                "CELEX:32021R0782",
            ],
        ),
        (
            "pt",
            "nos termos do Regulamento (CE) número 261/2004 do Parlamento",
            ["CELEX:32004R0261"],
        ),
        ("fr", "au sens du règlement (CE) numéro 1107/2006 du Parlement", ["CELEX:32006R1107"]),
        ("en", "under Regulation (EC) Number 261/2004 of the European", ["CELEX:32004R0261"]),
        ("pl", "zgodnie z rozporządzeniem (WE) numer 261/2004 Parlamentu", ["CELEX:32004R0261"]),
        ("cs", "podle nařízení (ES) číslo 261/2004 Evropského parlamentu", ["CELEX:32004R0261"]),
        ("sk", "podľa nariadenia (ES) číslo 261/2004 Európskeho parlamentu", ["CELEX:32004R0261"]),
        (
            "sv",
            "enligt förordning (EG) nummer 261/2004 om passagerares rättigheter",
            ["CELEX:32004R0261"],
        ),
        (
            "de",
            "nach der Verordnung (EG) Nummer 261/2004 über Fluggastrechte",
            ["CELEX:32004R0261"],
        ),
        # the Greek word the mechanism was made for reads as before
        ("el", "του Κανονισμού (ΕΚ) αριθμ. 631/2004 του Συμβουλίου", ["CELEX:32004R0631"]),
    ],
)
def test_number_word_written_out_after_domain(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "la Ley número 3/2018, de 5 de diciembre"),
        ("es", "Número de expediente del Congreso de los Diputados 282/000021"),
        ("cs", "podle zákona číslo 250/2000 Sb., o rozpočtových pravidlech"),
        ("pl", "ustawa numer 12/2020 z dnia 2 marca"),
        ("fr", "la délibération numéro 2016/1321 du conseil municipal"),
        ("sv", "beslut nummer 12/2021 av kommunfullmäktige"),
    ],
)
def test_number_word_alone_stays_national(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == []
