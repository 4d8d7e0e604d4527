"""Act numbers of two classes round 15 showed: early EEC regulations numbered
without a year ("Regulation No 1" of 1958, named by its title or date), and a year-first
number after "No" whose serial looks like a year still to come ("(UE) n°2021/2088")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The title of the act under its number.
        (
            "en",
            "Council Regulation No 1\n\ndetermining the languages to be used by the "
            "European Economic Community",
            [("CELEX:31958R0001", "Regulation No 1")],
        ),
        (
            "bg",
            "РЕГЛАМЕНТ № 1\n\nза определяне на езиковия режим на Европейската икономическа общност",
            [("CELEX:31958R0001", "РЕГЛАМЕНТ № 1")],
        ),
        (
            "ro",
            "REGULAMENTUL NR. 1 de stabilire a regimului lingvistic al Comunității",
            [("CELEX:31958R0001", "REGULAMENTUL NR. 1")],
        ),
        # A keyword line about the language regime around it.
        (
            "fr",
            "Fonction publique – Régime linguistique des avis de concours – Règlement "
            "n° 1 – Statut des fonctionnaires",
            [("CELEX:31958R0001", "Règlement n° 1")],
        ),
        # Its date after it, and an article pinned to it.
        (
            "it",
            "in contrasto con l’art. 2 del regolamento (CEE) n. 1 del Consiglio, del 15 "
            "aprile 1958, sulle domande",
            [("CELEX:31958R0001:2", "art. 2")],
        ),
        (
            "de",
            "nach Artikel 4 der Verordnung Nr. 1 vom 15. April 1958 werden",
            [("CELEX:31958R0001:4", "Artikel 4")],
        ),
        # Regulation No 11 of 1960 by its title.
        (
            "en",
            "amending Regulation No 11 concerning the abolition of discrimination in "
            "transport rates",
            [("CELEX:31960R0011", "Regulation No 11")],
        ),
    ],
)
def test_yearless_regulation_named(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A regulation of another series, with nothing about languages near it.
        ("en", "The lamps comply with UN Regulation No 1 on headlamps for motor vehicles."),
        ("de", "Die Scheinwerfer entsprechen der Regelung Nr. 1 der UNECE."),
        # A language far from the number, in another paragraph.
        (
            "en",
            "Regulation No 1 sets out the tests for headlamps, the beam pattern, the "
            "colour of light and the marking of the approved lamps in detail across "
            "every category.\n\nThe English language version prevails.",
        ),
        # A number with its year is the act of that year, not the early regulation.
        ("fr", "le règlement n° 1/2003 sur les langues"),
    ],
)
def test_yearless_number_unnamed(lang: str, text: str) -> None:
    assert [k for k, _ in _keys(text, lang) if k.startswith("CELEX:3195")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Règlement (UE) n°2021/2088 du 7 juillet 2021",
            [("CELEX:32021R2088", "Règlement (UE) n°2021/2088")],
        ),
        (
            "en",
            "Regulation (EU) No 2020/2092 of the Commission",
            [("CELEX:32020R2092", "Regulation (EU) No 2020/2092")],
        ),
        (
            "de",
            "Verordnung (EU) Nr. 2019/2088 über nachhaltigkeitsbezogene Offenlegungspflichten",
            [("CELEX:32019R2088", "Verordnung (EU) Nr. 2019/2088")],
        ),
        # Number first, year last: unchanged.
        (
            "en",
            "Regulation (EC) No 2006/2004 on consumer protection cooperation",
            [("CELEX:32004R2006", "Regulation (EC) No 2006/2004")],
        ),
    ],
)
def test_future_serial_is_no_year(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, lang) == expected
