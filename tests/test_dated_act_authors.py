"""EU acts cited in a national database's style with their EU author between the act
word and the date (it "Regolamento UE del parlamento europeo e del consiglio del 29
aprile 2021, n. 782", "Direttiva del Consiglio 20 giugno 1990, n. 385", ro "Directiva
Parlamentului European și a Consiliului din 23 octombrie 2007, nr. 60"): the author, an
EU institution, stands for the Union's name; national bodies named so are no authors."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Regolamento UE 29 aprile 2021, n. 782\n(Gazz. Uff. 17 maggio 2021, n. 172)\n"
            "Regolamento UE del parlamento europeo e del consiglio del 29 aprile 2021, n. 782"
            " relativo ai diritti e agli obblighi dei passeggeri nel trasporto ferroviario",
            ["CELEX:32021R0782", "CELEX:32021R0782"],
        ),
        (
            "it",
            "Si applica la Direttiva CE del Parlamento europeo e del Consiglio del 23 ottobre"
            " 2007, n. 60 relativa alla valutazione e alla gestione dei rischi di alluvioni.",
            ["CELEX:32007L0060"],
        ),
        (
            "it",
            "Regolamento della Commissione 16 aprile 2014, n. 511 sulle misure di conformità",
            ["CELEX:32014R0511"],
        ),
        (
            "ro",
            "Directiva Parlamentului European și a Consiliului din 23 octombrie 2007, nr. 60"
            " privind evaluarea și gestionarea riscurilor de inundații",
            ["CELEX:32007L0060"],
        ),
        # Negatives: a national body in the author's place; a national law.
        ("it", "Regolamento del Consiglio regionale 7 febbraio 2024, n. 5", []),
        ("it", "Decisione del Consiglio di Stato 12 marzo 2020, n. 1234", []),
        ("it", "Legge 22 aprile 2021, n. 53, recante delega al Governo", []),
        ("ro", "Regulamentul Consiliului Concurenței din 16 decembrie 2010, nr. 5", []),
    ],
)
def test_an_eu_author_stands_for_the_union_in_a_dated_citation(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
