"""EU acts cited as national databases cite laws: act word, Union, date, number."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il nuovo testo.\n\nRegolamento Unione Europea 7 febbraio 2024, n. 590\n\nSostanze",
            [("CELEX:32024R0590", "Regolamento Unione Europea 7 febbraio 2024, n. 590")],
        ),
        (
            "In attuazione della Direttiva UE 23 ottobre 2019, n. 1937 sul whistleblowing",
            [("CELEX:32019L1937", "Direttiva UE 23 ottobre 2019, n. 1937")],
        ),
        (
            "il Regolamento CE 18 dicembre 2006, n. 1907 (REACH) si applica",
            [("CELEX:32006R1907", "Regolamento CE 18 dicembre 2006, n. 1907")],
        ),
        (
            "vista la Decisione (UE) 14 dicembre 2022, n. 2481 del Parlamento",
            [("CELEX:32022D2481", "Decisione (UE) 14 dicembre 2022, n. 2481")],
        ),
        # Negatives: a region's regulation, a national decree, a number with its year.
        ("Regolamento regionale 7 febbraio 2024, n. 5 della Lombardia", []),
        ("Decreto legislativo 10 marzo 2023, n. 24, art. 2", []),
        (
            "Regolamento CE 18 dicembre 2006, n. 1907/2006",
            [("CELEX:32006R1907", "Regolamento CE 18 dicembre 2006, n. 1907/2006")],
        ),
    ],
)
def test_act_word_union_date_and_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, "it") == expected
