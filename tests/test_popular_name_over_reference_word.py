"""A popular name that begins with a reference word (pt "Diretiva IVA", where
"=Diretiva" alone is "the Directive"): where both start, the name is tried first, so
the article is the named act's, whatever the lengths of the other reference words."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("pt", "A taxa reduzida respeita o artigo 98.º da Diretiva IVA.", ["CELEX:32006L0112:98"]),
        (
            "pt",
            "A Diretiva (UE) 2022/542 alterou o anexo III da Diretiva IVA.",
            ["CELEX:32022L0542", "CELEX:32006L0112:annex-III"],
        ),
        (
            "es",
            "El tipo reducido respeta el artículo 98 de la Directiva IVA.",
            ["CELEX:32006L0112:98"],
        ),
        (
            "it",
            "L'aliquota ridotta rispetta l'articolo 98 della direttiva IVA.",
            ["CELEX:32006L0112:98"],
        ),
    ],
)
def test_popular_name_wins(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_bare_reference_word_still_points_back() -> None:
    text = "A Diretiva 2006/112/CE é aplicável. O artigo 98.º da Diretiva permite taxas reduzidas."
    assert _keys(text, "pt") == ["CELEX:32006L0112", "CELEX:32006L0112:98"]
