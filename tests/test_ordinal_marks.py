"""A number with its ordinal mark before a position or subparagraph word is that
ordinal (``ordinal_endings``): it "art. 14, 1° co. lett. a)" is the first paragraph of
Article 14, es "2.º párrafo", pt "2.º parágrafo" the second, not the bare act."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "it",
            "dell'art. 7, lett. c), e dell'art. 9, 2° co. lett. b), della direttiva 2003/4",
            ["CELEX:32003L0004:7(c)", "CELEX:32003L0004:9(2)(b)"],
        ),
        ("it", "l'art. 6, 3° comma, del regolamento 2017/1001", ["CELEX:32017R1001:6(3)"]),
        (
            "es",
            "según el artículo 8, 2.º párrafo, del Reglamento (UE) 2017/1001",
            ["CELEX:32017R1001:8(2)"],
        ),
        (
            "pt",
            "nos termos do artigo 4.º, 3.º parágrafo, da Diretiva 2003/4/CE",
            ["CELEX:32003L0004:4(3)"],
        ),
        ("pt", "o artigo 1.º da Diretiva 2003/4/CE", ["CELEX:32003L0004:1"]),
    ],
)
def test_marked_ordinal_before_a_position_word(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys
