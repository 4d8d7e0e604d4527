"""UN conventions named by the city where they were opened for signature: it "Convenzione
di New York sui diritti del fanciullo", fr "Convention de New York relative aux droits
de l'enfant", es "Convención de Nueva York sobre los Derechos del Niño", pt "Convenção de
Nova Iorque …" are the CRC (and the CRPD for the rights of persons with disabilities);
another New York convention stays uncited."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "in violazione dell'art. 12 della Convenzione di New York sui diritti del fanciullo "
            "del 20 novembre 1989",
            ["CRC:12"],
        ),
        (
            "it",
            "come previsto dalla Convenzione di New York del 13 dicembre 2006 sui diritti delle "
            "persone con disabilità",
            ["CRPD"],
        ),
        (
            "fr",
            "l'intérêt supérieur de l'enfant garanti par l'article 3 de la Convention de New York "
            "relative aux droits de l'enfant",
            ["CRC:3"],
        ),
        (
            "es",
            "el artículo 12 de la Convención de Nueva York sobre los Derechos del Niño",
            ["CRC:12"],
        ),
        (
            "pt",
            "nos termos da Convenção de Nova Iorque sobre os Direitos das Pessoas com Deficiência",
            ["CRPD"],
        ),
        (
            "it",
            "la Convenzione di New York sul riconoscimento e l'esecuzione delle sentenze arbitrali "
            "straniere",
            [],
        ),
    ],
)
def test_convention_named_by_its_city(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
