"""Case numbers after a case word as pages damage them: the "C-" lost in a case since
1989 (still a case of the Court of Justice, as before 1989), a slash for the court's
hyphen, and the case word of a label run into the number."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "case"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # No court letter after a case word, the two alone in a bracket after the
        # judgment: the Court of Justice, also after 1989.
        ("nl", "het arrest van 1 maart 2011 (zaak 236/09), inzake", [("CJEU:C-236/09", "236/09")]),
        ("en", "the judgment of 1 March 2011 (Case 236/09)", [("CJEU:C-236/09", "236/09")]),
        ("fr", "l’arrêt du 1er mars 2011 (affaire 236/09)", [("CJEU:C-236/09", "236/09")]),
        # In a sentence, a later number with no court letter is a register's.
        ("en", "the judgment in Case 236/09, Test-Achats", []),
        # A number word and a year in full: a national court's number.
        ("nl", "zaak nr. 236/2009 van de rechtbank", []),
        # No case word: no case.
        ("nl", "het getal 236/09 in de tabel", []),
    ],
)
def test_a_case_without_its_court_letter(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A slash for the hyphen after the court letter, after a case word.
        ("hr", "u predmetu C/103/16 Sud je utvrdio", [("CJEU:C-103/16", "C/103/16")]),
        ("de", "in der Rechtssache C/25/17 hat der Gerichtshof", [("CJEU:C-25/17", "C/25/17")]),
        ("en", "in Case T/12/15 the General Court", [("CJEU:T-12/15", "T/12/15")]),
        # An act-by-act OJ number of the C series is no case.
        ("en", "the notice (OJ C, C/2024/1234, 5.3.2024)", []),
    ],
)
def test_a_slash_for_the_courts_hyphen(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An infobox label run into its value.
        ("hr", "Broj predmetaC-6/90 | ECLI", [("CJEU:C-6/90", "C-6/90")]),
        ("de", "RechtssacheC-6/90 | ECLI", [("CJEU:C-6/90", "C-6/90")]),
        ("en", "CaseC-6/90 | ECLI", [("CJEU:C-6/90", "C-6/90")]),
        # Another word run into it is no case word.
        ("en", "SubjectC-6/90 | ECLI", []),
    ],
)
def test_a_case_word_run_into_the_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cases(text, lang) == expected
