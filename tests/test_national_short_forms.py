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
