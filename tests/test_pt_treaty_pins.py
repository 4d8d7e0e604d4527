"""Pins of the EC Treaty as Portuguese visas write them: a paragraph or point before
its article with a possessive between ("o n.º 2 do seu artigo 139.º", as es "de su
artículo" and it "del suo articolo" are read), an inserted article's letter glued to
the ordinal mark ("artigo 130ºS", "189ºC") and the bare "do Tratado" of the visa's
Treaty."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Tendo em conta o Tratado que institui a Comunidade Europeia e, nomeadamente, "
            "o n.º 3 do seu artigo 137.º,",
            ["TEC", "TEC:137(3)"],
        ),
        (
            "pt",
            "Tendo em conta o Tratado que institui a Comunidade Europeia e, nomeadamente, "
            "o seu artigo 37.º e a alínea a) do n.º 2 do seu\nartigo 100.º,",
            ["TEC", "TEC:37", "TEC:100(2)(a)"],
        ),
        (
            "es",
            "Visto el Tratado constitutivo de la Comunidad Europea y, en particular, "
            "el apartado 3 de su artículo 137,",
            ["TEC", "TEC:137(3)"],
        ),
        (
            "it",
            "visto il trattato che istituisce la Comunità europea, in particolare il "
            "paragrafo 3 del suo articolo 137,",
            ["TEC", "TEC:137(3)"],
        ),
    ],
)
def test_a_pin_before_its_article_over_a_possessive(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tendo em conta o Tratado que institui a Comunidade Económica Europeia e, "
            "nomeadamente, o seu artigo 100ºA,",
            ["TEC", "TEC:100a"],
        ),
        (
            "Tendo em conta o Tratado que institui a Comunidade Europeia e, nomeadamente, "
            "o nº 2 do seu artigo 130ºS,",
            ["TEC", "TEC:130s(2)"],
        ),
        # the hyphenated form, as before
        ("o artigo 59.º-A do Tratado CE", ["TEC:59a"]),
        # a degree sign touching the next word is still the mark, no letter after it
        (
            "o artigo 136. °do Tratado sobre o Funcionamento da União Europeia",
            ["TFEU:136"],
        ),
    ],
)
def test_pt_an_inserted_article_letter_glued_to_the_mark(text: str, expected: list[str]) -> None:
    assert keys(text, "pt") == expected


def test_pt_the_bare_treaty_word_is_the_visas_treaty() -> None:
    text = (
        "Tendo em conta o Tratado que institui a Comunidade Europeia,\n"
        "Tendo em conta a proposta da Comissão,\n"
        "Deliberando nos termos do artigo 251.º do Tratado (2),"
    )
    assert keys(text, "pt") == ["TEC", "TEC:251"]
