"""Inserted articles with a Latin suffix joined by a hyphen ("art. 45-bis"), and the
suffixes past "decies" ("369 duodecies" is Article 369k): the key takes the letter."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "it",
            "Le prove sono disciplinate dall'art. 45-bis del regolamento di esecuzione "
            "(UE) n. 282/2011.",
            ["CELEX:32011R0282:45a"],
        ),
        (
            "it",
            "Gli articoli 369-bis e 369-ter della direttiva 2006/112/CE si applicano.",
            ["CELEX:32006L0112:369a", "CELEX:32006L0112:369b"],
        ),
        (
            "fr",
            "Les conditions figurent à l'article 45-bis du règlement (UE) n° 282/2011.",
            ["CELEX:32011R0282:45a"],
        ),
        (
            "es",
            "La prueba se rige por el artículo 45-ter del Reglamento (UE) n.º 282/2011.",
            ["CELEX:32011R0282:45b"],
        ),
        (
            "nl",
            "De regeling staat in de artikelen 369 bis tot en met 369 duodecies van "
            "Richtlijn 2006/112/EG.",
            ["CELEX:32006L0112:369a-369k"],
        ),
        (
            "it",
            "Si veda l'articolo 369-undecies della direttiva 2006/112/CE.",
            ["CELEX:32006L0112:369j"],
        ),
    ],
)
def test_latin_suffix_forms(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang) if ":" in c.key[6:]] == keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("it", "Gli articoli 45-47 della direttiva 2006/112/CE.", "CELEX:32006L0112:45-47"),
        ("fr", "Les articles 45-47 de la directive 2006/112/CE.", "CELEX:32006L0112:45-47"),
        ("es", "Los artículos 45-47 de la Directiva 2006/112/CE.", "CELEX:32006L0112:45-47"),
    ],
)
def test_hyphenated_numbers_stay_ranges(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]
