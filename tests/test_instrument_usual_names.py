"""Names of registered instruments in the forms national writers use: Polish commentary
cites the Charter as "KPP" and the Convention as "EKPCz" beside "EKPC"; Latvian calls
the Convention on the Rights of the Child "Bērnu tiesību konvencija" (children's rights)
beside the official "Bērna tiesību konvencija"."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Sąd zbadał, czy naruszono art. 47 KPP oraz art. 6 ust. 1 EKPCz.",
            ["CFR:47", "ECHR:6(1)"],
        ),
        (
            "lv",
            "ANO Bērnu tiesību konvencijas 3. pants nosaka bērna intereses.",
            ["CRC:3"],
        ),
        # the county police headquarters is no Charter
        ("pl", "Komenda Powiatowa Policji (KPP) w Gnieźnie wszczęła postępowanie.", []),
    ],
)
def test_usual_names_of_instruments(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
