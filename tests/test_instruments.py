"""Instrument mentions: other languages' treaty abbreviations, aliases per language."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The applicants relied on Articles 263 and 267 TFUE.", ["TFEU:263", "TFEU:267"]),
        ("nl", "overeenkomstig artikel 6 EUV en artikel 263 TFUE", ["TEU:6", "TFEU:263"]),
        ("fr", "l'article 263 AEUV et l'article 4 VEU", ["TFEU:263", "TEU:4"]),
        ("de", "nach Art. 263 TFUE und Art. 6 Abs. 3 TUE", ["TFEU:263", "TEU:6(3)"]),
    ],
)
def test_other_languages_treaty_abbreviations_complete_articles(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a foreign abbreviation alone is no citation
        ("en", "the TFUE and the AEUV were compared"),
        # "LES" is lv TEU but a French word in upper-case titles
        ("fr", "ARTICLE 4 LES ÉTATS MEMBRES"),
    ],
)
def test_foreign_abbreviations_alone_or_as_words(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "gezien het VN-overeenkomst inzake de rechten van personen met een handicap en het "
            "Kinderrechtenverdrag,",
            ["CRPD", "CRC"],
        ),
        ("nl", "artikel 3 van het Kinderrechtenverdrag", ["CRC:3"]),
        (
            "fr",
            "vu la convention internationale des droits de l'enfant, et notamment son article 3,",
            ["CRC", "CRC:3"],
        ),
        ("en", "Article 3 of the European Convention of Human Rights", ["ECHR:3"]),
        ("es", "la Convención Internacional sobre los Derechos del Niño", ["CRC"]),
    ],
)
def test_instrument_aliases(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
