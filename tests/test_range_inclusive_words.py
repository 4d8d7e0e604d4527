"""A range's "both inclusive" after its last number (es "ambos inclusive", it "inclusi",
pt "inclusive", fr "inclus", ro "inclusiv") is read over like "and following": the chain
reaches its instrument after it ("los artículos 3 a 5, ambos inclusive, de la Directiva
2013/36/UE" gave the directive alone and lost the range)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "los artículos 3 a 5, ambos inclusive, de la Directiva 2013/36/UE",
            ["CELEX:32013L0036:3-5"],
        ),
        ("es", "los artículos 10 a 12 ambos incluidos del TFUE", ["TFEU:10-12"]),
        (
            "it",
            "gli articoli da 3 a 5 inclusi della direttiva 2013/36/UE",
            ["CELEX:32013L0036:3-5"],
        ),
        (
            "it",
            "gli articoli da 3 a 5, entrambi inclusi, della direttiva 2013/36/UE",
            ["CELEX:32013L0036:3-5"],
        ),
        ("pt", "os artigos 3.º a 5.º, inclusive, da Diretiva 2013/36/UE", ["CELEX:32013L0036:3-5"]),
        ("fr", "les articles 3 à 5 inclus de la directive 2013/36/UE", ["CELEX:32013L0036:3-5"]),
        ("ro", "articolele 3-5 inclusiv din Directiva 2013/36/UE", ["CELEX:32013L0036:3-5"]),
        # ro "inclusiv" still links the article after it to the act before ("including")
        (
            "ro",
            "Regulamentul (UE) 2016/679, inclusiv articolul 5 al acestuia",
            ["CELEX:32016R0679", "CELEX:32016R0679:5"],
        ),
        # the next act's articles stay its own
        (
            "es",
            "los artículos 3 a 5, ambos inclusive, del Reglamento (UE) 2016/679 y el artículo 7 "
            "de la Directiva 2013/36/UE",
            ["CELEX:32016R0679:3-5", "CELEX:32013L0036:7"],
        ),
    ],
)
def test_inclusive_after_a_range(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
