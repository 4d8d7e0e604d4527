"""A Treaty article's EUR-Lex title path joined on one line by "#" ("Consolidated version
of the Treaty …#PART SEVEN - …#Article 352 (ex Article 308 TEC)") is a heading block like
the one written on separate lines: the article is the named Treaty's."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Consolidated version of the Treaty on the Functioning of the European Union"
            "#PART SEVEN - GENERAL AND FINAL PROVISIONS#Article 352 (ex Article 308 TEC)\n"
            "1. If action by the Union should prove necessary",
            ["TFEU", "TFEU:352", "TEC:308"],
        ),
        (
            "sk",
            "Konsolidované znenie Zmluvy o fungovaní Európskej únie#SIEDMA ČASŤ - VŠEOBECNÉ "
            "A ZÁVEREČNÉ USTANOVENIA#Článok 352 (pôvodný článok 308 ZES)\n"
            "1. Ak by sa ukázalo, že na dosiahnutie",
            ["TFEU", "TFEU:352", "TEC:308"],
        ),
        (
            "de",
            "Konsolidierte Fassung des Vertrags über die Arbeitsweise der Europäischen Union"
            "#SIEBTER TEIL - ALLGEMEINE UND SCHLUSSBESTIMMUNGEN#Artikel 352 (ex-Artikel 308 "
            "EGV)\n(1) Erscheint ein Tätigwerden der Union",
            ["TFEU", "TFEU:352", "TEC:308"],
        ),
    ],
)
def test_a_hash_joined_title_path_is_a_heading_block(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
