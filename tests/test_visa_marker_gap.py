"""A paragraph in brackets after a visa's article number is read as the visas' next
footnote marker only where the marker one less ends a visa a few lines up: a "(1)" of
a site's menu ten lines before the visas ("Referințe (1)") is no evidence, and ro
"articolul 95 alineatul (2)," keeps its paragraph."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Modificări (...), Referințe (1)\n\nÎn vigoare\n\nCumpără forma completă\n\n"
            "sau autentifică-te\n\n  •  \n\nDIRECTIVA\n\navând în vedere Tratatul de "
            "instituire a Comunității Europene, în special articolul 95 alineatul (2),\n\n"
            "având în vedere propunerea Comisiei,",
            ["TEC", "TEC:95(2)"],
        ),
        (
            "en",
            "Amendments (...), References (1)\n\nIn force\n\nBuy the full text\n\nor sign "
            "in\n\n  •  \n\nDIRECTIVE\n\nHaving regard to the Treaty establishing the "
            "European Community, and in particular Article 95 (2),\n\nHaving regard to the "
            "proposal from the Commission,",
            ["TEC", "TEC:95(2)"],
        ),
        (
            "it",
            "Modifiche (...), Riferimenti (1)\n\nIn vigore\n\nAcquista il testo\n\no accedi"
            "\n\n  •  \n\nDIRETTIVA\n\nvisto il trattato che istituisce la Comunità europea, "
            "in particolare l'articolo 95 (2),\n\nvista la proposta della Commissione,",
            ["TEC", "TEC:95(2)"],
        ),
    ],
)
def test_visa_marker_needs_a_near_marker(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
