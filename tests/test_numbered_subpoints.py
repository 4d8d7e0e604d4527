"""A numbered sub-point after a lettered point is dropped from the pin, and the chain
goes on to its instrument: it "lettera a), numero 3)", es "letra a), número 3", pl
"lit. a) pkt 3" are all the point (a). Italian "numero" after an article alone is its
paragraph, as "n." is ("articolo 7, numero 2")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "le violazioni di cui all'articolo 3, paragrafo 2, lettera b), numero 4), del "
            "regolamento (UE) 2022/2065.",
            ["CELEX:32022R2065:3(2)(b)"],
        ),
        (
            "it",
            "ai sensi dell'articolo 6, numero 2, della direttiva 2000/60/CE e degli articoli 9, "
            "numeri 1 e 3, della stessa",
            ["CELEX:32000L0060:6(2)", "CELEX:32000L0060:9(1)", "CELEX:32000L0060:9(3)"],
        ),
        (
            "es",
            "los supuestos del artículo 3, apartado 2, letra b), número 4, del Reglamento (UE) "
            "2022/2065.",
            ["CELEX:32022R2065:3(2)(b)"],
        ),
        (
            "pl",
            "w art. 3 ust. 2 lit. b) pkt 4 rozporządzenia (UE) 2022/2065",
            ["CELEX:32022R2065:3(2)(b)"],
        ),
        # national law numbers are no citations
        ("it", "la legge numero 3 del 2019 e il decreto numero 12", []),
    ],
)
def test_numbered_subpoint_after_a_letter(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
