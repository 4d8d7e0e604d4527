"""Visas of EEC-era acts as old copies print them: a line broken inside "and in
particular" (fr "…, et" then "notamment son article 100 A,"), Danish texts converted to
ASCII ("Det Europaeiske OEkonomiske Faellesskab, saerlig artikel 130 S", "(91/676/EOEF)"),
and the Bulgarian Treaty names with the articled noun ("Договора за създаването на …")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "vu le traité instituant la Communauté économique européenne, et\n"
            "notamment son article 130 S,\nvu la proposition de la Commission,",
            ["TEC", "TEC:130s"],
        ),
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and\n"
            "in particular Article 95 thereof,\nHaving regard to the proposal",
            ["TEC", "TEC:95"],
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Gemeinschaft, und\n"
            "insbesondere auf Artikel 175 Absatz 1,\nauf Vorschlag der Kommission,",
            ["TEC", "TEC:175(1)"],
        ),
    ],
)
def test_a_visa_broken_inside_in_particular_pins_its_treaty(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The line before ends with no comma: the article is no pin of its clause.
        ("fr", "le traité instituant la Communauté européenne et\nnotamment son article 100,"),
        # A full sentence ends the line: the next one is not a visa going on.
        (
            "en",
            "It amends the Treaty establishing the European Community.\nIn particular Article 3",
        ),
    ],
)
def test_no_pin_across_a_line_that_is_no_broken_visa(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if ":" in k] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "RAADET FOR DE EUROPAEISKE FAELLESSKABER HAR - under henvisning til Traktaten om "
            "Oprettelse af Det Europaeiske OEkonomiske Faellesskab, saerlig artikel 100 A,",
            ["TEC", "TEC:100a"],
        ),
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europaeiske "
            "Atomenergifaellesskab, isaer artikel 31,",
            ["EAEC", "EAEC:31"],
        ),
        ("da", "RAADETS DIREKTIV af 12. juni 1986 (86/278/EOEF)", ["CELEX:31986L0278"]),
        (
            "bg",
            "като взе предвид Договора за създаването на Европейската икономическа общност, "
            "и в частност член 100а от него,",
            ["TEC", "TEC:100a"],
        ),
        (
            "bg",
            "като взе предвид Договора за създаването на Европейската общност за атомна "
            "енергия, и по-специално член 31 от него,",
            ["EAEC", "EAEC:31"],
        ),
        # Bulgarian letters number inserted articles in their own alphabet's order, as
        # they do points: "член 189в" is Article 189c, "член 130т" Article 130s (the
        # nineteenth letter), the EEC Treaty's environment article.
        (
            "bg",
            "като взе предвид Договора за създаване на Европейската общност, и по-специално "
            "член 130т, параграф 1 от него,",
            ["TEC", "TEC:130s(1)"],
        ),
    ],
)
def test_eec_treaty_names_as_old_copies_spell_them(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # An inserted article's letter set apart as a capital of the language's own
        # script reads as the same letter attached does ("άρθρο 100α", "член 100а").
        (
            "el",
            "έχοντας υπόψη τη συνθήκη για την ίδρυση της Ευρωπαϊκής Οικονομικής Κοινότητας, "
            "και ιδίως το άρθρο 100 Α,",
            ["TEC", "TEC:100a"],
        ),
        (
            "bg",
            "като взе предвид Договора за създаване на Европейската икономическа общност, и "
            "по-специално член 100 А от него,",
            ["TEC", "TEC:100a"],
        ),
        ("en", "in accordance with Article 100 A of the EEC Treaty", ["TEC:100a"]),
        # Negatives: an abbreviation or a number after the capital keeps the article alone.
        ("el", "σύμφωνα με το άρθρο 5 ΣΛΕΕ,", ["TFEU:5"]),
        ("bg", "ЧЛЕНОВЕ 5 И 6 ОТ ДФЕС", ["TFEU:5", "TFEU:6"]),
    ],
)
def test_a_spaced_capital_in_the_own_script_is_the_inserted_letter(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
