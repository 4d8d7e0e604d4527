"""A verb left out after "and": "Article 12(1) of Regulation 883/2004 and work in two or
more States by Article 13" — the chain after the "and" and a few words in lower case
cites the instrument of the chain before it, in the same clause (the contract's "in
reach"). Not where the owner goes before a chain in the genitive (et "… ja kaitse lepingu
artikkel 8": that agreement's article), nor where a national act follows the chain."""

from __future__ import annotations

import pytest

import citeresolve

SSC = "CELEX:32004R0883"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "För utsända gäller artikel 12.1 i förordning 883/2004 och för arbete i flera länder"
            " artikel 13.",
            [f"{SSC}:12(1)", f"{SSC}:13"],
        ),
        (
            "en",
            "Posting falls under Article 12(1) of Regulation 883/2004 and work in several countries"
            " under Article 13.",
            [f"{SSC}:12(1)", f"{SSC}:13"],
        ),
        (
            "cs",
            "Vysílání upravuje čl. 12 odst. 1 nařízení 883/2004 a souběžný výkon činnosti čl. 13.",
            [f"{SSC}:12(1)", f"{SSC}:13"],
        ),
        (
            "pl",
            "Delegowanie reguluje art. 12 rozporządzenia 883/2004 i pracę w kilku państwach"
            " art. 13.",
            [f"{SSC}:12", f"{SSC}:13"],
        ),
        # the owner before the chain in the genitive: another agreement's article
        (
            "et",
            "ELTL artiklid 267 ja 344 ning Madalmaade ja Slovakkia vahelise investeeringute"
            " soodustamise ja kaitse lepingu artikkel 8",
            ["TFEU:267", "TFEU:344"],
        ),
        # a national act after the chain owns it
        (
            "pl",
            "Delegowanie reguluje art. 12 rozporządzenia 883/2004 i świadczenia art. 13 ustawy o"
            " systemie ubezpieczeń.",
            [f"{SSC}:12"],
        ),
    ],
)
def test_gapped_and(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
