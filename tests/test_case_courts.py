"""Case numbers after the Court's abbreviation (the optional ``courts`` of [cases] in the
language files: families/case_courts.py), and numbers whose year is written once after the
last of a list ("Joined Cases C-267 and C-268/91")."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type == "case"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a legal database's heading: court, judgment's date, dash, number (before 1989)
        ("de", "EuGH, 05.02.1963 - 26/62\n\nVan Gend & Loos", [("CJEU:C-26/62", "26/62")]),
        ("de", "vgl. EuGH, 15.07.1964 – 6/64 (Costa/E.N.E.L.)", [("CJEU:C-6/64", "6/64")]),
        # a case word of another language or a capitalised word after the court
        ("pt", "(TJE Caso 26/62, Van Gend en Loos)", [("CJEU:C-26/62", "26/62")]),
        ("pt", "a decisão (TJCE Processo C-6/90, Francovich)", [("CJEU:C-6/90", "C-6/90")]),
        ("fr", "CJCE, 15 juillet 1964, aff. 6/64, Costa", [("CJEU:C-6/64", "6/64")]),
        (
            "en",
            "see ECJ Case 11/70 Internationale Handelsgesellschaft",
            [("CJEU:C-11/70", "11/70")],
        ),
        # the year written once after the last number of the list
        (
            "pt",
            "(TJCE Processo C 6 e 9/90, acórdão de 19 de novembro de 1991)",
            [("CJEU:C-6/90", "C 6"), ("CJEU:C-9/90", "9/90")],
        ),
        (
            "en",
            "Joined Cases C-46 and C-48/93 Brasserie du pêcheur",
            [("CJEU:C-46/93", "C-46"), ("CJEU:C-48/93", "C-48/93")],
        ),
        (
            "nl",
            "gevoegde zaken C-6/90 en 9/90, Francovich",
            [("CJEU:C-6/90", "C-6/90"), ("CJEU:C-9/90", "9/90")],
        ),
    ],
)
def test_cases_after_the_court(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no court letter: only a case of the Court before 1989
        ("de", "EuGH, 12.03.1998 - 94/98 und die Richtlinie"),
        # an act's number after the court's name
        ("en", "ECJ 2016/679 guidance"),
        # a number without its year after the court is no list
        ("pt", "TJCE Processo 267 e acórdão"),
        # the court's letters inside a word
        ("pl", "PETS 26/62 oraz TSUEX 6/64"),
    ],
)
def test_what_is_no_case_after_the_court(lang: str, text: str) -> None:
    assert cases(text, lang) == []
