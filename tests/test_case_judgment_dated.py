"""An old case number after its judgment's word, date and name is a case of the Court
(``judgments`` of each language file's [cases]; families/case_judgments.py), as the Court
cites its case law and national judgments and papers cite it without the ECLI: cs
"rozsudek Soudního dvora ze dne 6. 10. 1982, CILFIT, 283/81", es "sentencia de 6 de
octubre de 1982, Cilfit, 283/81", bg "решение от 6 октомври 1982 г., CILFIT, 283/81" gave
nothing. A national register's number after a judgment's date and no name stays none."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Povinnost předložit otázku nevzniká (srov. rozsudek Soudního dvora ze dne 6. 10. "
            "1982, CILFIT, 283/81).",
            ["CJEU:C-283/81"],
        ),
        (
            "es",
            "No existe tal obligación (véase la sentencia de 6 de octubre de 1982, Cilfit y "
            "otros, 283/81, apartado 21).",
            ["CJEU:C-283/81"],
        ),
        ("es", "Véase la STJUE de 15 de julio de 1964, Costa, 6/64.", ["CJEU:C-6/64"]),
        (
            "bg",
            "Не съществува такова задължение (вж. решение от 6 октомври 1982 г., CILFIT, "
            "283/81, т. 21).",
            ["CJEU:C-283/81"],
        ),
        (
            "sv",
            "Någon skyldighet föreligger inte (se dom av den 6 oktober 1982, CILFIT m.fl., "
            "283/81, punkt 21).",
            ["CJEU:C-283/81"],
        ),
        (
            "da",
            "Princippet om forrang følger af dom af 15. juli 1964, Costa, 6/64, og af senere "
            "praksis.",
            ["CJEU:C-6/64"],
        ),
        (
            "en",
            "See judgment of 5 February 1963, Van Gend en Loos, 26/62, and judgment of 16 "
            "July 2020, Facebook Ireland and Schrems, C-311/18.",
            ["CJEU:C-26/62", "CJEU:C-311/18"],
        ),
        (
            "hr",
            "Takva obveza ne postoji (vidjeti presudu od 6. listopada 1982., CILFIT, 283/81).",
            ["CJEU:C-283/81"],
        ),
    ],
)
def test_the_number_after_the_judgment_and_its_name(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "cs",
            "Podle rozsudku Nejvyššího soudu ze dne 6. 10. 1982, sp. zn. 283/81, je nárok "
            "promlčen.",
        ),
        ("en", "The judgment of 6 October 1982 was appealed, 283/81 being the register number."),
        ("bg", "С решение от 6 октомври 1982 г. на общинския съвет, 283/81, се одобрява планът."),
    ],
)
def test_no_name_after_the_date_no_case(lang: str, text: str) -> None:
    assert citeresolve.extract(text, lang=lang) == []
