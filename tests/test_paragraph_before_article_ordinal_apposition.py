"""A paragraph cited before its article, with the sentence or subparagraph by its ordinal
between commas: pt "o n.º 4, terceiro período, do seu artigo 109.ºL" (paragraph 4 of the
inserted Article 109l), es "apartado 2, segundo párrafo, del artículo 7", it "paragrafo
2, secondo comma, dell'articolo 7", fr "paragraphe 2, deuxième alinéa, de l'article 7".
The key cites the paragraph (the sentence or subparagraph is not a pin level); the
article alone lost it."""

from __future__ import annotations

import pytest

import citeresolve

R1 = "CELEX:32003R0001"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Tendo em conta o Tratado que institui a Comunidade Europeia e, nomeadamente o "
            "n.º 4, terceiro período, do seu artigo 109.ºL,",
            ["TEC", "TEC:109l(4)"],
        ),
        (
            "pt",
            "nos termos do n.º 2, segundo parágrafo, do artigo 7.º do Regulamento (CE) "
            "n.º 1/2003, a Comissão",
            [f"{R1}:7(2)"],
        ),
        (
            "es",
            "de conformidad con el apartado 2, segundo párrafo, del artículo 7 del "
            "Reglamento (CE) n.º 1/2003, la Comisión",
            [f"{R1}:7(2)"],
        ),
        (
            "it",
            "ai sensi del paragrafo 2, secondo comma, dell'articolo 7 del regolamento (CE) "
            "n. 1/2003, la Commissione",
            [f"{R1}:7(2)"],
        ),
        (
            "fr",
            "en vertu du paragraphe 2, deuxième alinéa, de l'article 7 du règlement (CE) "
            "nº 1/2003, la Commission",
            [f"{R1}:7(2)"],
        ),
    ],
)
def test_paragraph_before_article_with_ordinal_apposition(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected
