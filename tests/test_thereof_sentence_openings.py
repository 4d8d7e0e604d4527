"""A "thereof" word in a sentence that names no instrument points to the one named
last before it also when the sentence opens with two words and a short one before its
chain (pt "Nos termos dos", "Ao abrigo do", es "En virtud del") or with a list item's
Roman numeral and dash (a Portuguese summary's "II - ")."""

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
            "I - O tratamento é lícito nos termos do art.º 6.º do RGPD.\n"
            "II - Nos termos dos art.os 13.º e 14.º do mesmo diploma, o titular é informado.",
            ["CELEX:32016R0679:6", "CELEX:32016R0679:13", "CELEX:32016R0679:14"],
        ),
        (
            "pt",
            "O Regulamento (UE) 2019/1020 aplica-se aos produtos. Ao abrigo do artigo 25.º "
            "do mesmo, as autoridades controlam as fronteiras.",
            ["CELEX:32019R1020", "CELEX:32019R1020:25"],
        ),
        (
            "es",
            "El Reglamento (UE) 2019/1020 se aplica a los productos. En virtud del artículo 25 "
            "del mismo, las autoridades controlan las fronteras.",
            ["CELEX:32019R1020", "CELEX:32019R1020:25"],
        ),
        (
            "it",
            "Il regolamento (UE) 2019/1020 si applica ai prodotti. Ai sensi dell'articolo 25 "
            "dello stesso, le autorità controllano le frontiere.",
            ["CELEX:32019R1020", "CELEX:32019R1020:25"],
        ),
    ],
)
def test_thereof_after_a_longer_opening(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_thereof_deep_in_a_sentence_stays_unread() -> None:
    # the Lei names its own article: the sentence's instrument, not the Regulation's
    text = (
        "O Regulamento (UE) 2019/1020 aplica-se aos produtos. A lei nacional das alfândegas "
        "de 2021 prevê no artigo 25.º do mesmo diploma outras regras."
    )
    assert _keys(text, "pt") == ["CELEX:32019R1020"]
