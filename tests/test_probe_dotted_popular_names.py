"""A popular name's abbreviation written with a dot after every capital, as the treaties'
already are, found by blind probing of a thesis: pt "art. 83.º, n.º 4, al. a), do R.G.P.D."."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Como já vimos, o art. 83.º do R.G.P.D. tenta enunciar alguns casos. É o caso da "
            "infração prevista no art. 83.º, n.º 4, al. a), do R.G.P.D., de acordo com o qual",
            [f"{GDPR}:83", f"{GDPR}:83(4)(a)"],
        ),
        (
            "es",
            "una infracción del artículo 6.1 del R.G.P.D. y del artículo 13 R.G.P.D.",
            [f"{GDPR}:6(1)", f"{GDPR}:13"],
        ),
        ("fr", "l'article 5 du R.G.P.D. impose la minimisation", [f"{GDPR}:5"]),
        ("de", "Art. 6 Abs. 1 D.S.G.V.O. erlaubt die Verarbeitung", [f"{GDPR}:6(1)"]),
        ("en", "Article 6 of the G.D.P.R. applies", [f"{GDPR}:6"]),
        # the name alone is still no citation
        ("pt", "A sigla R.G.P.D. designa o regulamento.", []),
    ],
)
def test_dotted_popular_name(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
