"""Abbreviated point and subparagraph words as lawyers write them: pt "al." and "als."
(alínea, a point: "art. 5.º, n.º 1, al. b), do RGPD"), hr "podst." (podstavak), cs
"pododst." and sk "podods." (a subparagraph, dropped from the pin, which no longer
ends the chain before its instrument)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "Nos termos do art. 5.º, n.º 1, al. b), do RGPD, a finalidade é limitada.",
            ["CELEX:32016R0679:5(1)(b)"],
        ),
        (
            "pt",
            "As als. a) e b) do n.º 1 do art. 6.º do RGPD bastam.",
            ["CELEX:32016R0679:6(1)(a)", "CELEX:32016R0679:6(1)(b)"],
        ),
        (
            "hr",
            "Obrada se temelji na čl. 6. st. 1. podst. 2. GDPR-a.",
            ["CELEX:32016R0679:6(1)"],
        ),
        (
            "cs",
            "Podle čl. 6 odst. 1 pododst. 2 nařízení (EU) 2016/679 se to nepoužije.",
            ["CELEX:32016R0679:6(1)"],
        ),
        (
            "sk",
            "Podľa čl. 6 ods. 1 podods. 2 nariadenia (EÚ) 2016/679 sa to neuplatní.",
            ["CELEX:32016R0679:6(1)"],
        ),
    ],
)
def test_abbreviated_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_et_al_is_no_point() -> None:
    assert _keys("Ver Silva et al. 2019, p. 12, sobre o art. 5.º do RGPD.", "pt") == [
        "CELEX:32016R0679:5"
    ]
