"""The European Parliament's Rules of Procedure named with the Parliament's abbreviation
(it "regolamento interno del PE", ro "Regulamentul de procedură al PE", es, pt), and a
Rules word that is also the regulation word heading an act's title whose co-authors run
on past the Parliament's name (it "regolamento del Parlamento europeo e del Consiglio",
el "Κανονισμού του Ευρωπαϊκού Κοινοβουλίου και του Συμβουλίου"): an act with no number,
not the Rules (blind probes of Italian, Greek and Romanian texts, issue 11)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "it",
            "L'interrogazione è ricevibile ai sensi dell'art. 227 del regolamento interno del PE.",
            ["EP-RULES:227"],
        ),
        (
            "ro",
            "Petiția a fost examinată conform articolului 227 din Regulamentul de procedură al PE.",
            ["EP-RULES:227"],
        ),
        (
            "ro",
            "în temeiul art. 144 alin. (1) din Regulamentul de procedură al PE",
            ["EP-RULES:144(1)"],
        ),
        (
            "es",
            "La petición se tramitó con arreglo al artículo 227 del Reglamento interno del PE.",
            ["EP-RULES:227"],
        ),
        (
            "pt",
            "A petição foi apreciada nos termos do artigo 227.º do Regimento do PE.",
            ["EP-RULES:227"],
        ),
    ],
)
def test_rules_named_with_the_parliaments_abbreviation(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "it",
            "Si applica l'art. 5 del regolamento del Parlamento europeo e del Consiglio "
            "relativo ai medicinali per uso pediatrico.",
            [],
        ),
        (
            "el",
            "Εφαρμόζεται το άρθρο 5 του Κανονισμού του Ευρωπαϊκού Κοινοβουλίου και του "
            "Συμβουλίου για τα φάρμακα παιδιατρικής χρήσης.",
            [],
        ),
        (
            "ro",
            "Se aplică articolul 5 din Regulamentul Parlamentului European și al Consiliului "
            "privind medicamentele de uz pediatric.",
            [],
        ),
        # the Rules themselves, and the act with its number, are read as before
        ("it", "ai sensi dell'art. 144 del regolamento del Parlamento europeo", ["EP-RULES:144"]),
        (
            "el",
            "σύμφωνα με το άρθρο 144 του Κανονισμού του Ευρωπαϊκού Κοινοβουλίου",
            ["EP-RULES:144"],
        ),
        (
            "it",
            "l'art. 6 del Regolamento del Parlamento europeo e del Consiglio 2016/679",
            ["CELEX:32016R0679:6"],
        ),
    ],
)
def test_act_title_of_parliament_and_council_is_not_the_rules(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys
