"""An act of the Union and Euratom cited as national databases cite laws, number and
then date in place of the year (data/lang/ro.toml, it.toml ``[acts] dated_domains``)."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Textul consolidat al REGULAMENTULUI (UE, Euratom) nr. 1046 din 18 iulie 2018 "
            "privind normele financiare",
            [("CELEX:32018R1046", "REGULAMENTULUI (UE, Euratom) nr. 1046 din 18 iulie 2018")],
        ),
        (
            "ro",
            "potrivit Regulamentului (CE, Euratom) nr. 2988 din 18 decembrie 1995 privind",
            [("CELEX:31995R2988", "Regulamentului (CE, Euratom) nr. 2988 din 18 decembrie 1995")],
        ),
        (
            "it",
            "ai sensi del Regolamento (UE, Euratom) n. 1046 del 18 luglio 2018 sulle regole",
            [("CELEX:32018R1046", "Regolamento (UE, Euratom) n. 1046 del 18 luglio 2018")],
        ),
        # Negatives: national laws and decrees numbered and dated so, a standard.
        ("ro", "conform Legii nr. 1046 din 18 iulie 2018 privind finanțele publice", []),
        ("ro", "Hotărârea Guvernului nr. 12 din 3 martie 2019 și standardul SR EN 1046", []),
        ("it", "il decreto legislativo n. 50 del 18 aprile 2016, Nr. 12/1999", []),
    ],
)
def test_union_and_euratom_then_number_and_date(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected
