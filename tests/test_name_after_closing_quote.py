"""A quote mark glued to the word before it closes a quotation: the instrument named
after it and a space is cited (sk "poukázal na „povahu, systematiku a znenie…
ustanovení“ Zmluvy o založení EHS"), not read as a short name that a spaced quote opens
("(ci-après la « Charte »)", which stays a definition)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Súdny dvor ho prvýkrát potvrdil v prípade Van Gend en Loos, pričom pri jeho "
            "zdôvodnení poukázal na „povahu, systematiku a znenie… ustanovení“ Zmluvy o "
            "Európskej únii. Ako ďalej zdôraznil, právo Únie predstavuje nový právny poriadok.",
            [("TEU", "Zmluvy o Európskej únii")],
        ),
        (
            "cs",
            "Soudní dvůr přitom odkázal na „povahu, systematiku a znění ustanovení“ Smlouvy o "
            "fungování Evropské unie. Jak dále zdůraznil, právo Unie je nový právní řád.",
            [("TFEU", "Smlouvy o fungování Evropské unie")],
        ),
        (
            "pl",
            "Trybunał odwołał się do „charakteru, systematyki i brzmienia przepisów” Traktatu o "
            "Unii Europejskiej. Jak dalej podkreślił, prawo Unii stanowi nowy porządek prawny.",
            [("TEU", "Traktatu o Unii Europejskiej")],
        ),
        (
            "sl",
            "Sodišče se je sklicevalo na »naravo, sistematiko in besedilo določb« Pogodbe o "
            "delovanju Evropske unije. Kot je še poudarilo, pravo Unije tvori nov pravni red.",
            [("TFEU", "Pogodbe o delovanju Evropske unije")],
        ),
    ],
)
def test_name_after_a_closing_quote_is_cited(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a spaced quote that opens the name still defines it
        ("fr", "le traité sur le fonctionnement de l'Union européenne (ci-après le « TFUE »)"),
        ("sk", "Zmluva o fungovaní Európskej únie (ďalej len „ ZFEÚ “) sa uplatňuje"),
    ],
)
def test_name_a_spaced_quote_opens_stays_a_definition(lang: str, text: str) -> None:
    assert [k for k, _ in keys(text, lang)] == ["TFEU"]
