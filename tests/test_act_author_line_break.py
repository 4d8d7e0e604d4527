"""A line break inside the author between an act word and its number.

A hard-wrapped line that breaks inside "of the European Parliament and of the Council"
(pl "dyrektywy Parlamentu Europejskiego⏎i Rady 2010/63/UE") still joins the act word to
the number; a break after words that are no author still cuts the clause.
"""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Projekt ustawy wdraża przepisy dyrektywy Parlamentu Europejskiego\ni Rady "
            "2011/24/UE z dnia 9 marca 2011 r. w sprawie stosowania praw pacjentów.",
            ["CELEX:32011L0024"],
        ),
        (
            "en",
            "The Bill implements the Directive of the European Parliament\nand of the Council "
            "2011/24/EU of 9 March 2011 on patients' rights.",
            ["CELEX:32011L0024"],
        ),
        (
            "de",
            "Der Entwurf setzt die Richtlinie des Europäischen Parlaments\nund des Rates "
            "2011/24/EU vom 9. März 2011 um.",
            ["CELEX:32011L0024"],
        ),
        (
            "fr",
            "Le projet transpose la directive du Parlement européen\net du Conseil 2011/24/UE du "
            "9 mars 2011.",
            ["CELEX:32011L0024"],
        ),
        # the line breaks after words that are no author: no act word reaches the number
        (
            "pl",
            "Zgodnie z dyrektywą w sprawie ochrony\nzwierząt 2010/63 sztuk.",
            [],
        ),
    ],
)
def test_author_broken_over_lines(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
