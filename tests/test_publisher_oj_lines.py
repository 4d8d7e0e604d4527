"""Official Journal references and document numbers as publishers and cover pages
write them (round 15): the P series of the OJ before 1968 ("JO P 017, 6.10.1958,
p.385"), Polish publisher lines with the series glued to the abbreviation ("DUUEL. z
2024 r., poz. 1785"), a year written before an act-by-act number (nl "PbEU L 2024,
2024/1747"), the compact form with a lettered issue ("Dz.U.UE.C.2010.212E.99"), a
consolidated text's corrigendum label with its domain ("(2010/45/EU)")."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve import extract


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "de stabilire a regimului lingvistic\n\n(JO P 017, 6.10.1958, p.385)",
            [("OJ:P:1958:017:385", "JO P 017, 6.10.1958, p.385")],
        ),
        (
            "en",
            "(OJ P 45, 14.6.1962, p. 1385)",
            [("OJ:P:1962:045:1385", "OJ P 45, 14.6.1962, p. 1385")],
        ),
        (
            "fr",
            "(JO P 17 du 6.10.1958, p. 385)",
            [("OJ:P:1958:017:385", "JO P 17 du 6.10.1958, p. 385")],
        ),
        # The P series ended in 1967; a letter P in a later reference is none.
        ("en", "(OJ P 17, 6.10.1978, p. 385)", []),
        # No series letter at all: left out, as before.
        ("en", "OJ 17, 6.10.1958, p. 385", []),
    ],
)
def test_p_series(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, lang) == expected


def test_p_series_resolves_without_a_url() -> None:
    ok = citeresolve.resolve("OJ:P:1958:017:385")
    assert ok.status == "unknown" and ok.label == "OJ P 17, 1958, p. 385"
    assert citeresolve.resolve("OJ:P:1970:017:385").status == "invalid"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "(ostatnia zmiana: DUUEL. z 2024 r., poz. 1785)",
            [("OJ:L:2024/1785", "DUUEL. z 2024 r., poz. 1785")],
        ),
        (
            "pl",
            "(DUUEL. z 2020 r., Nr 177, poz. 1; zmiana: DUUEL. z 2022 r., Nr 35, poz. 25)",
            [
                ("OJ:L:2020:177:1", "DUUEL. z 2020 r., Nr 177, poz. 1"),
                ("OJ:L:2022:035:25", "DUUEL. z 2022 r., Nr 35, poz. 25"),
            ],
        ),
        # One number after a year before act-by-act numbering: no issue without a page.
        ("pl", "DUUEL. z 2016 r., poz. 119", []),
        ("pl", "Dz.U.UE.C.2010.212E.99", [("OJ:C:2010:212E:99", "Dz.U.UE.C.2010.212E.99")]),
        ("pl", "Dz.U.UE.L.2016.119.1", [("OJ:L:2016:119:1", "Dz.U.UE.L.2016.119.1")]),
        (
            "nl",
            "Bronpublicatie: 13-06-2024, PbEU L 2024, 2024/1747 (uitgifte: 26-06-2024)",
            [("OJ:L:2024/1747", "PbEU L 2024, 2024/1747")],
        ),
        (
            "en",
            "Source: OJ L 2024, 2024/1689 of 12 July 2024",
            [("OJ:L:2024/1689", "OJ L 2024, 2024/1689")],
        ),
        # Two different years are no one reference.
        ("nl", "PbEU L 2023, 2024/1747", []),
    ],
)
def test_publisher_lines(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        (
            "cs",
            "SMĚRNICE 2010/53/EU\n\nOprava, Úř. věst. L 243, 16.9.2010, s.  68 (2010/45/EU)",
            "2010/45/EU",
        ),
        (
            "nl",
            "RICHTLIJN 2010/53/EU\n\nRectificatie, PB L 243, 16.9.2010, blz. 68 (2010/45/EU)",
            "2010/45/EU",
        ),
        (
            "en",
            "Directive 2010/53/EU\n\nCorrigendum, OJ L 243, 16.9.2010, p. 68 (2010/45/EU)",
            "2010/45/EU",
        ),
    ],
)
def test_corrigendum_label_with_domain(lang: str, text: str, label: str) -> None:
    assert ("CELEX:32010L0045", label) in _keys(text, lang)


def test_corrigendum_label_needs_the_page_before() -> None:
    text = "Directive 2010/53/EU is in force. The other act (2010/45/EU) is not."
    assert [k for k, _ in _keys(text, "en")] == ["CELEX:32010L0053"]
