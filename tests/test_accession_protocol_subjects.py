"""A numbered Protocol whose subject is that of an Act of Accession's Protocol (the
Ignalina and Bohunice nuclear power plants of the 2003 Act) is not the Treaties'
Protocol of that number; nor is the same number named again in that text."""

from __future__ import annotations

import pytest

import citeresolve


def protocols(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("PROTOCOL")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Pagal Protokolą Nr. 4 dėl Ignalinos atominės elektrinės (toliau – Protokolas "
            "Nr. 4) Lietuva įsipareigojo uždaryti reaktorius.",
            [],
        ),
        (
            "en",
            "Under Protocol No 4 on the Ignalina nuclear power plant in Lithuania "
            "(hereinafter Protocol No 4) the Union grants assistance.",
            [],
        ),
        (
            "de",
            "Nach dem Protokoll Nr. 4 über das Kernkraftwerk Ignalina in Litauen leistet die "
            "Union Hilfe.",
            [],
        ),
        (
            "sk",
            "Podľa Protokolu č. 9 o jadrovej elektrárni Bohunice V1 na Slovensku sa reaktory "
            "odstavia.",
            [],
        ),
        # Negatives: the Treaties' Protocols of these numbers.
        (
            "en",
            "Under Protocol No 4 on the Statute of the European System of Central Banks the "
            "Governing Council decides.",
            ["PROTOCOL-4"],
        ),
        (
            "lt",
            "Pagal Protokolą Nr. 4 dėl Europos centrinių bankų sistemos statuto valdančioji "
            "taryba sprendžia.",
            ["PROTOCOL-4"],
        ),
    ],
)
def test_accession_protocol_subjects(lang: str, text: str, expected: list[str]) -> None:
    assert protocols(text, lang) == expected
