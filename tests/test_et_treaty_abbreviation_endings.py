"""Estonian writes a case ending on an abbreviation, glued as EUR-Lex summaries do
("ELTLi artikkel 264", "ELTLi artiklis 288 määratletud", "Euroopa Liidu toimimise
lepingu (ELTLi) artikkel 263") or after a hyphen ("ELL-i artikkel 6"). The glued
genitive gave nothing, the hyphenated one cited the Treaty a second time beside its
article; both are now the Treaty's abbreviations in the et data, as fi lists "SEUT:n".
The whole Treaty named in another case stays one citation."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="et")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KOKKUVÕTE:\n\nEuroopa Liidu toimimise lepingu (ELTLi) artikkel 263\n\n"
            "ELTLi artikkel 264\n\nELTLi artikkel 266",
            ["TFEU:263", "TFEU:264", "TFEU:266"],
        ),
        (
            "Kohus on leidnud, et lisaks aktidele, nagu määrused, otsused ja direktiivid, mis "
            "on ELTLi artiklis 288 määratletud siduvatena, on oluline pigem meetme sisu.",
            ["TFEU:288"],
        ),
        ("ELTLi artiklis 263 eristatakse kolme tüüpi hagejaid.", ["TFEU:263"]),
        ("vastavalt ELTL-i artiklile 263", ["TFEU:263"]),
        ("ELLi artikli 6 lõike 1 kohaselt", ["TEU:6(1)"]),
        ("ELL-i artikkel 6", ["TEU:6"]),
        # the abbreviations as before
        ("ELTL artikkel 264", ["TFEU:264"]),
        ("ELL artikli 19 lõige 1", ["TEU:19(1)"]),
        # the whole Treaty in another case: one citation
        ("Kooskõlas ELTLiga on see lubatud.", ["TFEU"]),
        # a name, the Union's own genitive: no Treaty
        ("Elli artikkel 6 ilmus ajalehes.", []),
        ("ELi õigus on ülimuslik.", []),
    ],
)
def test_estonian_treaty_abbreviation_endings(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
