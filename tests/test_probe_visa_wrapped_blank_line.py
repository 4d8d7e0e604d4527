"""A visa wrapped over a blank line by conversion from PDF, found by blind probing of a
document host's copy of a procurement directive."""

from __future__ import annotations

import pytest

import citeresolve


# A visa that conversion from PDF wrapped over a blank line (a procurement directive as
# printed by a document host): the line after the comma goes on in lower case, so the
# article chain goes on with it. A capital, a number or a point after the blank line
# still starts something new.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Visto el Tratado de Funcionamiento de la Unión Europea, y en particular su artículo "
            "53, apartado 1,\n\nsu artículo 62 y su artículo 114,\n\nVista la propuesta de la "
            "Comisión Europea,",
            ["TFEU", "TFEU:53(1)", "TFEU:62", "TFEU:114"],
        ),
        (
            "fr",
            "vu le traité sur le fonctionnement de l'Union européenne, et notamment son article "
            "53, paragraphe 1,\n\nson article 62 et son article 114,\n\nvu la proposition de la "
            "Commission européenne,",
            ["TFEU", "TFEU:53(1)", "TFEU:62", "TFEU:114"],
        ),
        (
            "pt",
            "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o "
            "artigo 53.º, n.º 1,\n\no artigo 62.º e o artigo 114.º,\n\nTendo em conta a proposta "
            "da Comissão Europeia,",
            ["TFEU", "TFEU:53(1)", "TFEU:62", "TFEU:114"],
        ),
        (
            "en",
            "pursuant to Article 3 of Directive 2011/83/EU,\n\na) the trader shall inform",
            ["CELEX:32011L0083:3"],
        ),
        (
            "en",
            "pursuant to Article 3 of Directive 2011/83/EU,\n\nii) the trader shall inform",
            ["CELEX:32011L0083:3"],
        ),
        (
            "da",
            "under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig "
            "artikel 226,\n\n1.  vedtager",
            ["TFEU", "TFEU:226"],
        ),
    ],
)
def test_visa_wrapped_over_blank_line(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
