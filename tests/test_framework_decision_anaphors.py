"""An anaphor whose words begin with another kind's ("referida decisão" in "referida
decisão-quadro", fr "ladite décision" in "ladite décision-cadre"): the whole phrase
decides the kind, so the article pins the framework decision, never a decision cited
before it."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Aplica-se a Decisão 2009/316/JAI e a Decisão-Quadro 2008/675/JAI do Conselho. "
            "O artigo 3.º da referida decisão-quadro obriga os tribunais.",
        ),
        (
            "fr",
            "La décision 2009/316/JAI et la décision-cadre 2008/675/JAI du Conseil "
            "s'appliquent. L'article 3 de ladite décision-cadre oblige les juridictions.",
        ),
        (
            "es",
            "Se aplican la Decisión 2009/316/JAI y la Decisión Marco 2008/675/JAI del "
            "Consejo. El artículo 3 de dicha Decisión Marco obliga a los tribunales.",
        ),
    ],
)
def test_framework_decision_anaphor_is_not_the_decision(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32009D0316", "CELEX:32008F0675", "CELEX:32008F0675:3"]


def test_decision_anaphor_still_points_to_the_decision() -> None:
    text = (
        "Aplica-se a Decisão-Quadro 2008/675/JAI e a Decisão 2009/316/JAI do Conselho. "
        "O artigo 3.º da referida decisão obriga os Estados-Membros."
    )
    assert _keys(text, "pt") == ["CELEX:32008F0675", "CELEX:32009D0316", "CELEX:32009D0316:3"]


def test_inserted_article_of_framework_decision_anaphor() -> None:
    text = (
        "A Lei n.º 65/2003 transpôs a Decisão-Quadro 2002/584/JAI do Conselho. A recusa "
        "prevista no artigo 4.º-A da referida decisão-quadro só vale em certos casos."
    )
    assert _keys(text, "pt") == ["CELEX:32002F0584", "CELEX:32002F0584:4a"]
