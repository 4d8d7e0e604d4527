"""A regulation numbered number first with a two-digit year whose serial reads like a
year still to come ("Règlement nº 2027/97": No 2027 of 1997, not an act of 2027): the
serial is no year, so the number is read number first, and the articles after "as
amended by" are the amended act's."""

from __future__ import annotations

import math

import pytest

import citeresolve
from citeresolve.families import act_years


@pytest.fixture(autouse=True)
def _year_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading depends on the clock (no act bears a year to come): these tests were
    written in 2026, when 2027 was still to come."""
    monkeypatch.setattr(act_years, "_CURRENT_YEAR", (2026, math.inf))


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "(Règlement du Conseil nº 2027/97, tel que modifié par le règlement nº 889/2002,"
            " art. 3, § 1; convention de Montréal de 1999, art. 22, § 2)",
            ["CELEX:31997R2027", "CELEX:32002R0889", "CELEX:31997R2027:3(1)"],
        ),
        (
            "en",
            "(Council Regulation No 2027/97, as amended by Regulation No 889/2002, Article 3(1))",
            ["CELEX:31997R2027", "CELEX:32002R0889", "CELEX:31997R2027:3(1)"],
        ),
        (
            "es",
            "(Reglamento n.º 2027/97 del Consejo, en su versión modificada por el Reglamento"
            " n.º 889/2002, art. 3, apartado 1)",
            ["CELEX:31997R2027", "CELEX:32002R0889", "CELEX:31997R2027:3(1)"],
        ),
        ("fr", "Transports aériens — Règlement nº 2027/97 — Convention", ["CELEX:31997R2027"]),
        ("en", "Regulation 2019/97 of the Commission", ["CELEX:32019R0097"]),
    ],
)
def test_serial_like_a_year_to_come(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a national act's number stays no EU act
        ("fr", "la loi nº 2027/97 du 12 mars 1997", []),
        ("it", "la legge n. 2027/97 della Repubblica", []),
    ],
)
def test_national_numbers_stay_out(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
