"""Dutch visa formulas of the EEC era and Belgian plurals: "inzonderheid op artikel 100
A" ("in particular Article 100a" of the Treaty named before), "Artikels 114 en 207
Verdrag betreffende de werking van de Europese Unie"; German and French texts say the
same with "insbesondere auf" and "notamment"."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "nl",
            "Gelet op het Verdrag tot oprichting van de Europese Economische Gemeenschap, "
            "inzonderheid op artikel 100 A,\n\nGezien het voorstel van de Commissie,",
            "TEC:100a",
        ),
        (
            "nl",
            "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, en in het "
            "bijzonder op artikel 95,\n\nGezien het voorstel van de Commissie,",
            "TEC:95",
        ),
        (
            "nl",
            "Rechtsbasis\nArtikels 114 en 207 Verdrag betreffende de werking van de Europese "
            "Unie (VWEU)\nBesluitvormingsprocedure",
            "TFEU:207",
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Wirtschaftsgemeinschaft, "
            "insbesondere auf Artikel 100a,",
            "TEC:100a",
        ),
    ],
)
def test_visa_words_and_plurals(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_an_act_named_after_the_article_keeps_it() -> None:
    text = (
        "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, inzonderheid op "
        "artikel 5 van Richtlijn 89/391/EEG,"
    )
    keys = [c.key for c in extract(text, lang="nl")]
    assert "CELEX:31989L0391:5" in keys
    assert "TEC:5" not in keys
