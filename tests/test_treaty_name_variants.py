"""Variants of the treaties' names as web pages and older texts write them: fr "traité de
l'Union européenne" ("de" for "sur"), fi "Euroopan unionin (EU) toiminnasta tehty
sopimus" (a bracketed abbreviation inside the name) and "Yhteisön perustamissopimus",
fi "aiemmassa" (former) before an old article number, the mixed-case abbreviation
"Tfue", de "Charta der europäischen Grundrechte"."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le Conseil a invoqué l'article 24 du Traité de l'Union Européenne.", ["TEU:24"]),
        ("fr", "Le préambule du traité de l’Union européenne le rappelle.", ["TEU"]),
        (
            "fi",
            "menettely, josta määrätään Euroopan unionin (EU) toiminnasta tehdyn sopimuksen"
            " 121 artiklassa (Euroopan yhteisön perustamissopimuksen aiemmassa 99 artiklassa).",
            ["TFEU:121", "TEC:99"],
        ),
        ("fi", "Yhteisön perustamissopimuksen 88 artiklan 3 kohdan mukaan", ["TEC:88(3)"]),
        ("it", "rientra nella competenza dell'Unione (articolo 114 del Tfue).", ["TFEU:114"]),
        ("es", "conforme al artículo 114 del Tfue, el Parlamento", ["TFEU:114"]),
        ("pt", "nos termos do artigo 114.º do Tfue, o Parlamento", ["TFEU:114"]),
        (
            "de",
            "Das Gericht prüfte die Regel am Maßstab der Charta der europäischen Grundrechte.",
            ["CFR"],
        ),
    ],
)
def test_variant_names(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "l'article 3 du traité de l'Union économique Benelux"),
        ("fi", "Euroopan hiili- ja teräsyhteisön perustamissopimuksen voimassaolo päättyi"),
        ("de", "die Charta der Vereinten Nationen"),
        ("it", "ai sensi dell'articolo 107 del Tuel, il sindaco"),
    ],
)
def test_other_names_are_left(lang: str, text: str) -> None:
    assert [k for k in _keys(text, lang) if k.startswith(("TEU", "TEC", "TFEU", "CFR"))] == []
