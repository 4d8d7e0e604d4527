"""An article in a later sentence pinned to "that Directive" written with the far
demonstrative: pt "daquela diretiva", "daquele regulamento", "daquela decisão"
point back to the last act of that kind cited, like es "aquella Directiva" and ro "această
directivă"."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


D13 = "CELEX:31993L0013"
R679 = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "O artigo 6.º da Diretiva 93/13/CEE opõe-se a essa regra. O juiz aprecia as "
            "cláusulas à luz dos artigos 3.º e 4.º daquela diretiva.",
            [f"{D13}:6", f"{D13}:3", f"{D13}:4"],
        ),
        (
            "pt",
            "O Regulamento (UE) 2016/679 aplica-se. A coima: artigo 83.º daquele regulamento.",
            [R679, f"{R679}:83"],
        ),
        (
            "es",
            "El artículo 6 de la Directiva 93/13/CEE se aplica. El juez examina los artículos "
            "3 y 4 de aquella Directiva.",
            [f"{D13}:6", f"{D13}:3", f"{D13}:4"],
        ),
        (
            "ro",
            "Articolul 6 din Directiva 93/13/CEE se aplică. Instanța examinează articolele 3 "
            "și 4 din această directivă.",
            [f"{D13}:6", f"{D13}:3", f"{D13}:4"],
        ),
        (
            "pt",
            "O artigo 6.º da Decisão 2010/87/UE aplica-se. Veja-se o artigo 3.º daquela decisão.",
            ["CELEX:32010D0087:6", "CELEX:32010D0087:3"],
        ),
        # the document itself stays no citation
        ("pt", "Nos termos do artigo 3.º da presente diretiva, os Estados-Membros informam.", []),
    ],
)
def test_demonstrative_anaphor(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
