"""A Treaty's abbreviation that a definition bracket gives to something else (pt "do
“Caderno de encargos” (doravante «CE»)", en "(hereinafter ‘EC’)" after a tender file)
is no mention of the Treaty: the annex or article that follows is not the Treaty's.
Right after the Treaty's own name the bracket still defines its short name."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "violação do art. 05.º, al. c) do “Caderno de encargos da venda direta” "
            "(doravante «CE») Anexo I à referida Resolução - dada a infração dos princípios.",
            [],
        ),
        (
            "pt",
            "o “Caderno de encargos” (doravante «CE») e o artigo 5.º do mesmo fixam as "
            "condições da venda.",
            [],
        ),
        (
            "en",
            "the tender specifications (hereinafter ‘EC’) Annex I to that Resolution set "
            "the conditions of the sale.",
            [],
        ),
        (
            "fr",
            "le cahier des charges (ci-après « CE ») Annexe I de ladite résolution fixe "
            "les conditions de la vente.",
            [],
        ),
        # the Treaty's own short name, defined right after its name, still owns the pin
        (
            "pt",
            "o Tratado que institui a Comunidade Europeia (a seguir «Tratado CE»), "
            "nomeadamente o artigo 5.º,",
            ["TEC", "TEC:5"],
        ),
        (
            "en",
            "the Treaty establishing the European Community (hereinafter ‘the EC "
            "Treaty’), in particular Article 5 thereof,",
            ["TEC", "TEC:5"],
        ),
    ],
)
def test_abbreviation_defined_for_another(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
