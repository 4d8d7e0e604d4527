"""An item of a list of acts that leaves out the list's act word and opens with its
domain in brackets after a conjunction ("Regulamentos (CEE) n.º 2408/92 … e (CEE) n.º
2409/92") is an act of the list's kind even past the first act's date and title; a new
sentence ends the list."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Regulamentos (CEE) n.º 2408/92 do Conselho, de 23 de Julho de 1992, relativo ao"
            " acesso das transportadoras aéreas comunitárias às rotas aéreas intracomunitárias"
            " (5), e (CEE) n.o 2409/92 do Conselho, de 23 de Julho de 1992, relativo às tarifas",
        ),
        (
            "ro",
            "Regulamentele (CEE) nr. 2408/92 al Consiliului din 23 iulie 1992 privind accesul"
            " operatorilor de transport aerian comunitari la rutele aeriene intracomunitare(5)"
            " şi (CEE) nr. 2409/92 al Consiliului din 23 iulie 1992 privind tarifele",
        ),
        (
            "en",
            "Council Regulations (EEC) No 2408/92 of 23 July 1992 on access for Community air"
            " carriers to intra-Community air routes and the conditions of their licensing (5)"
            " and (EEC) No 2409/92 of 23 July 1992 on fares and rates for air services",
        ),
    ],
)
def test_item_without_act_word_continues_the_list(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:31992R2408", "CELEX:31992R2409"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Regulation (EU) No 1093/2010 of 24 November 2010 applies. And (EU) No 1094/2010 not.",
        ),
        ("pt", "O Regulamento (UE) n.º 1093/2010 aplica-se. E (UE) n.º 1094/2010 não."),
    ],
)
def test_a_new_sentence_ends_the_list(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32010R1093"]
