"""Bare CELEX numbers as EUR-Lex prints them (the C series' act-by-act notices have five
digits after their X descriptor), not inside a file's name; and a domain typed in Latin
look-alike letters in a Cyrillic title."""

from __future__ import annotations

import pytest

from .conftest import eu_act_spans as acts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a C-series notice since October 2023 ("OJ C, C/2024/6310")
        (
            "en",
            "Document 52024XC06310\n\nCommission Notice",
            [("CELEX:52024XC06310", "52024XC06310")],
        ),
        (
            "de",
            "Dokument 52023XC01285\n\nMitteilung der Kommission",
            [("CELEX:52023XC01285", "52023XC01285")],
        ),
        # the classic form keeps its four digits and its bracket
        ("fr", "Document 52016XC0719(05)", [("CELEX:52016XC0719(05)", "52016XC0719(05)")]),
        # a number at a sentence's end, before a capital
        ("nl", "zie 32016R0679.De verordening", [("CELEX:32016R0679", "32016R0679")]),
        # the domain in Latin look-alike letters inside a Cyrillic title
        (
            "bg",
            "РЕГЛАМЕНТ (EO) № 1/2003 НА СЪВЕТА\n\nот 16 декември 2002 година",
            [("CELEX:32003R0001", "РЕГЛАМЕНТ (EO) № 1/2003")],
        ),
    ],
)
def test_bare_celex_forms(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a file's name under a judgment's heading
        ("sv", "Dokumentet som PDF i original:\n\n62014CJ0362.pdf\n\nParter"),
        ("da", "Hent 32016R0679.docx her"),
        ("fr", "fichier 52019DC0640.html"),
        # five digits after X are the act-by-act notices' only, since 2023
        ("en", "Document 52017XC12130"),
    ],
)
def test_what_is_no_bare_celex(lang: str, text: str) -> None:
    assert acts(text, lang) == []
