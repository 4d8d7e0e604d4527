"""Official Journal forms of national writing: the page after the issue with a space only,
before the date's connector (it "GU L 342 48 del 27.9.2021"); the issue's year after its
slash with nothing after it (el "(Ε.Ε.Ε.Κ. L199/1985)", ro "(Jurnalul Oficial nr. L
166/2004)"); shortened titles and abbreviations read only before a series (it "G.U.
dell'Unione europea", ro "Jurnalul Oficial al Uniunii", hr "Sl. list", el "Ε.Ε.Ε.Κ.").
National journals ("G.U. n. 123", "Sl. list SFRJ") stay no citation."""

from __future__ import annotations

import pytest

import citeresolve


def oj_keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "la direttiva delegata (GU L 289 15 del 12.8.2020) si applica",
            ["OJ:L:2020:289:15"],
        ),
        (
            "de",
            "die Delegierte Richtlinie (ABl. L 289 15 vom 12.8.2020) gilt",
            ["OJ:L:2020:289:15"],
        ),
        ("en", "the delegated directive (OJ L 289 15 of 12.8.2020) applies", ["OJ:L:2020:289:15"]),
        ("fr", "la directive déléguée (JO L 289 15 du 12.8.2020) s'applique", ["OJ:L:2020:289:15"]),
    ],
)
def test_page_after_issue_with_a_space(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "la direttiva (GU L 289 del 12.8.2020) si applica", ["OJ:L:2020:289"]),
        ("en", "the directive (OJ L 289, 12.8.2020, p. 15) applies", ["OJ:L:2020:289:15"]),
        ("en", "Directive 2004/38/EC (OJ L 158/77)", ["OJ:L:2004:158:77"]),
    ],
)
def test_other_issue_forms_unchanged(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "του Κανονισμού 1234/1990 (Ε.Ε.Ε.Κ. L210/1990) για", ["OJ:L:1990:210"]),
        (
            "ro",
            "Regulamentul nr. 1234/1990 (Jurnalul Oficial nr. L 210/1990) privind",
            ["OJ:L:1990:210"],
        ),
        ("de", "die Verordnung Nr. 1234/1990 (ABl. L 210/1990) über", ["OJ:L:1990:210"]),
        ("en", "Regulation No 1234/1990 (OJ L 210/1990) on", ["OJ:L:1990:210"]),
    ],
)
def test_issue_and_its_year_after_the_slash(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "la decisione (G.U. dell'Unione europea n. L 45/7 del 3.3.2016) che",
            ["OJ:L:2016:045:7"],
        ),
        (
            "it",
            "la direttiva (G.U. delle Comunità europee L 45 del 3.3.1996, pag. 7)",
            ["OJ:L:1996:045:7"],
        ),
        (
            "ro",
            "publicat în Jurnalul Oficial al Uniunii L 45 din 3 martie 2016.",
            ["OJ:L:2016:045"],
        ),
        ("hr", "Uredba o carinama (Sl. list L 45, 3. ožujka 2016.) i", ["OJ:L:2016:045"]),
        ("hr", "Uredba o carinama (Sl. list L 45/7, 3. ožujka 2016.) i", ["OJ:L:2016:045:7"]),
        ("el", "του Κανονισμού (ΕΕΕΚ L 45 της 3.3.1986, σ. 7)", ["OJ:L:1986:045:7"]),
    ],
)
def test_short_titles_before_a_series(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "pubblicato nella G.U. n. 123 del 29 maggio 2014, Serie generale"),
        ("it", "il decreto legislativo (G.U. 12 marzo 2014, n. 59)"),
        ("hr", "Zakon o carinskoj službi (Sl. list SFRJ, br. 12/1990)"),
        ("ro", "publicată în Monitorul Oficial al României nr. 199 din 31 iulie 2007"),
        ("de", "die Tabelle L 342 48 vom Ende"),
    ],
)
def test_national_journals_and_other_numbers(lang: str, text: str) -> None:
    assert oj_keys(text, lang) == []
