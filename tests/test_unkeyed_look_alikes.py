"""What looks like a citation and is none, or another one: a Commission file number
("COMP/C-3/37.990") is no case; the Court's Rules named by the Court's abbreviation are
not the Parliament's; an act number split by a space is damage no key reads through;
the last digit of a serial is a glued footnote marker only where the numbering goes on
after it."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A competition file number goes on after a slash; the Court's case stays one.
        ("es", "(Asunto COMP/C‑3/37.990 — Intel) y el asunto C‑413/14 P", ["CJEU:C-413/14"]),
        ("lv", "(Lieta COMP/C‑3/37.990 – Intel), lieta C‑413/14 P", ["CJEU:C-413/14"]),
        ("pl", "Sprawa COMP/C-3/37.990 – Intel; wyrok w sprawie C-413/14 P", ["CJEU:C-413/14"]),
        ("en", "Case COMP/C-2/38.698 — CISAC", []),
    ],
)
def test_a_commission_file_number_is_no_case(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The Court's Rules named by the Court's abbreviation: no EP-RULES.
        ("ga", "Forlíontar leo Airteagail 93 go 118 de Rialacha Nós Imeachta CBAE.", []),
        ("hu", "az EUB eljárási szabályzatának 93. cikke szerint", []),
        ("en", "Articles 93 to 118 of the CJEU Rules of Procedure", []),
        ("en", "Article 94 of the Rules of Procedure of the ECJ", []),
        # The Parliament's own Rules stay its own.
        ("ga", "ag féachaint do Riail 54 dá Rialacha Nós Imeachta", ["EP-RULES:54"]),
        ("hu", "tekintettel eljárási szabályzatának 54. cikkére", ["EP-RULES:54"]),
        ("en", "having regard to Rule 54 of its Rules of Procedure", ["EP-RULES:54"]),
    ],
)
def test_the_courts_rules_by_its_abbreviation(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A space inside the second part, the domain after the rest: not read, nor the
        # article pinned to it.
        ("pl", "artykuł 3 ust. 1 lit. c) dyrektywy Rady 90/42 5/EWG z dnia 26 czerwca 1990 r.", []),
        ("en", "Article 3 of Council Directive 90/42 5/EEC of 26 June 1990", []),
        ("de", "Artikel 3 der Richtlinie 90/42 5/EWG des Rates", []),
        # A space after the slash and its digits is a separator read through.
        ("nl", "Richtlijn 83/189/ EEG van de Raad", ["CELEX:31983L0189"]),
        # Two national decrees in a row are not one split number.
        ("it", "la direttiva 2011/24/UE e i decreti 193/2007 194/2008", ["CELEX:32011L0024"]),
    ],
)
def test_a_number_split_by_a_space(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Markers 1 and 2 before, none after: the 3 is the serial's own.
        (
            "en",
            "rules on works1 in accessible copies2 for persons. Regulation (EU) 2017/1563, "
            "the Regulation implementing the Treaty",
            ["CELEX:32017R1563"],
        ),
        (
            "de",
            "Werke1 in Kopien2 für Personen. Verordnung (EU) 2017/1563 zur Umsetzung",
            ["CELEX:32017R1563"],
        ),
        (
            "nl",
            "werken1 in kopieën2 voor personen. Verordening (EU) 2017/1563, de verordening",
            ["CELEX:32017R1563"],
        ),
        # The numbering goes on after it (4): the 3 is a marker.
        (
            "en",
            "works1 in copies2 under Decision 2011/1993 of the Council and the rights4 of authors",
            ["CELEX:32011D0199"],
        ),
    ],
)
def test_a_serials_last_digit_and_the_footnote_numbering(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
