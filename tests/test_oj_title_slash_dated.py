"""The Official Journal named in full, its issue and page joined by a slash and its date
after a connector word (it "pubblicato nella Gazzetta Ufficiale dell'Unione europea L
201/37 del 31 luglio 2002"), is a reference, not a page header: a header has no "of" word
before its date. The issue's date may also stand before the abbreviation, as Latvian
writes it (lv "(2009. gada 17. decembra OV C 115, 1. lpp.)")."""

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
            "la direttiva 2002/58/CE, pubblicata nella Gazzetta Ufficiale dell'Unione europea "
            "L 201/37 del 31 luglio 2002, relativa alla vita privata",
            ["OJ:L:2002:201:37"],
        ),
        (
            "en",
            "Directive 2002/58/EC, published in the Official Journal of the European Union "
            "L 201/37 of 31.7.2002, concerning privacy",
            ["OJ:L:2002:201:37"],
        ),
        (
            "de",
            "die Richtlinie 2002/58/EG, veröffentlicht im Amtsblatt der Europäischen Union "
            "L 201/37 vom 31. Juli 2002, über den Datenschutz",
            ["OJ:L:2002:201:37"],
        ),
        (
            "fr",
            "la directive 2002/58/CE, publiée au Journal officiel de l'Union européenne "
            "L 201/37 du 31 juillet 2002, concernant la vie privée",
            ["OJ:L:2002:201:37"],
        ),
        (
            "es",
            "la Directiva 2002/58/CE, publicada en el Diario Oficial de la Unión Europea "
            "L 201/37 de 31 de julio de 2002, relativa a la intimidad",
            ["OJ:L:2002:201:37"],
        ),
        (
            "pl",
            "dyrektywa 2002/58/WE, opublikowana w Dzienniku Urzędowym Unii Europejskiej "
            "L 201/37 z dnia 31 lipca 2002 r., dotycząca prywatności",
            ["OJ:L:2002:201:37"],
        ),
    ],
)
def test_title_slash_page_with_dated_connector(lang: str, text: str, expected: list[str]) -> None:
    assert oj_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Official Journal of the European Union L 201/37\n31.7.2002 EN"),
        ("it", "Gazzetta ufficiale dell'Unione europea L 201/37\n31.7.2002 IT"),
        ("de", "Amtsblatt der Europäischen Union L 201/37 31.7.2002"),
    ],
)
def test_page_headers_stay_no_citation(lang: str, text: str) -> None:
    assert oj_keys(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eiropas Savienības Pamattiesību hartā (2009. gada 17. decembra OV C 115, 1. lpp.)",
            ["OJ:C:2009:115:1"],
        ),
        (
            "paskaidrojumos (2007. gada 14. decembra ESOV C 303, 17. lpp.) par hartu",
            ["OJ:C:2007:303:17"],
        ),
        ("(ESOV L 255, 30.9.2005., 22. lpp.)", ["OJ:L:2005:255:22"]),
    ],
)
def test_lv_date_before_the_abbreviation(text: str, expected: list[str]) -> None:
    assert oj_keys(text, "lv") == expected


def test_lv_date_before_a_national_journal_is_no_oj() -> None:
    # "Latvijas Vēstnesis" is the national journal: no OJ abbreviation follows the date.
    text = "likums (2009. gada 17. decembra Latvijas Vēstnesis, 200. nr.)"
    assert oj_keys(text, "lv") == []
