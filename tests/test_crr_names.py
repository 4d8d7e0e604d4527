"""The Capital Requirements Regulation (575/2013) by its names in several languages:
an article pinned to the name is the regulation's (data/popular_names.toml)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Según el Reglamento de Requisitos de Capital (RRC), un SIP es un acuerdo de "
            "responsabilidad (artículo 113, apartado 7, del RRC, primera frase).",
            "CELEX:32013R0575:113(7)",
        ),
        (
            "es",
            "conforme al artículo 92 del Reglamento sobre Requisitos de Capital",
            "CELEX:32013R0575:92",
        ),
        (
            "it",
            "ai sensi dell'articolo 92 del regolamento sui requisiti patrimoniali",
            "CELEX:32013R0575:92",
        ),
        ("en", "under Article 92 of the Capital Requirements Regulation", "CELEX:32013R0575:92"),
    ],
)
def test_an_article_of_the_crr_by_name(lang: str, text: str, expected: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == [expected]
