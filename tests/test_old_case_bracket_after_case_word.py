"""A case of the Court of Justice before 1989 (no court letter) in brackets right after
its case word, or a case word and the case's name: en "the Simmenthal case (106/77)", de
"Rechtssache Dassonville (8/74)", et "Cassis de Dijoni kohtuasjas (120/78)", fr "l'affaire
(6/64)", ro "cazul Defrenne-Sabena (Nr. 43/75)" ([cases] bracket_words). Without a case
word the bracket is an act's number or a date, never a case."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    ("en", "As the Court held in the Simmenthal case (106/77), national courts", "C-106/77"),
    ("de", "Nach der Rechtssache Dassonville (8/74) ist jede Regelung", "C-8/74"),
    ("et", "Euroopa Kohus leidis Dassonville-kohtuasjas (8/74), et", "C-8/74"),
    ("fr", "La Cour a jugé dans l'affaire (6/64) que le droit", "C-6/64"),
    ("ro", "Curtea a decis in cazul Defrenne-Sabena (Nr. 43/75) ca articolul", "C-43/75"),
    ("ro", "Astfel, cauza Costa (6/64) a stabilit suprematia", "C-6/64"),
]


@pytest.mark.parametrize(("lang", "text", "case"), CASES)
def test_old_case_in_brackets_after_case_word(lang: str, text: str, case: str) -> None:
    found = citeresolve.extract(text, lang=lang)
    assert [c.key for c in found] == [f"CJEU:{case}"]
    assert text[found[0].start : found[0].end] == case[2:]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The case law on this point (12/05/1981) is settled."),
        ("en", "as the case law shows (106/77), the rule"),
        ("de", "Die Rechtssache wird auf den Seiten (106-117) behandelt."),
        ("fr", "l'affaire a été renvoyée le (6/12/1964) devant la Cour"),
        ("ro", "in cazul de fata (pct. 26/2) se aplica"),
    ],
)
def test_no_case_without_case_word_or_old_number(lang: str, text: str) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("CJEU")] == []


def test_act_number_in_brackets_stays_an_act() -> None:
    keys = [c.key for c in citeresolve.extract("Regulation (106/77) applies.", lang="en")]
    assert not any(key.startswith("CJEU") for key in keys)
