"""A short form an EU instrument shares with a national one: Spanish "CE" is the EC
Treaty ("artículo 81 CE") and the Spanish Constitution ("artículo 24 CE"). In a text
that names the Constitution or its court, "CE" is the Constitution: no EC Treaty
article is reported; elsewhere it stays the EC Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="es")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El artículo 24 CE consagra la tutela judicial efectiva que garantiza la "
            "Constitución Española.",
            [],
        ),
        ("Se alega la vulneración del art. 24.1 CE y del art. 14 CE (STC 145/2012).", []),
        (
            "El Tribunal Constitucional interpreta el artículo 10.2 CE a la luz del "
            "artículo 6 TUE.",
            ["TEU:6"],
        ),
        # the EC Treaty named in full keeps its key in such a text too
        ("Los jueces aplican el Tratado CE y la Constitución Española.", ["TEC"]),
        # with no national context, "CE" is the EC Treaty
        (
            "La Comisión considera que la práctica infringe el artículo 81 CE y el artículo 82 CE.",
            ["TEC:81", "TEC:82"],
        ),
    ],
)
def test_ce_is_the_constitution_in_a_text_that_names_it(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Czech and Slovak constitutional Charter of Fundamental Rights and Freedoms
        # shares the EU Charter's words: no key covers it
        ("cs", "Porušení čl. 36 odst. 1 Listiny základních práv a svobod namítá stěžovatel.", []),
        (
            "cs",
            "Podle čl. 36 Listiny základních práv a svobod a čl. 47 Listiny základních práv "
            "Evropské unie má každý právo na soud.",
            ["CFR:47"],
        ),
        ("cs", "Podle čl. 47 Listiny základních práv má každý právo na soud.", ["CFR:47"]),
        ("sk", "Podľa čl. 46 Listiny základných práv a slobôd má každý právo na súd.", []),
    ],
)
def test_national_charter_of_rights_and_freedoms(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
