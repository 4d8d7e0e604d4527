"""Registered instruments whose full title carries its date between its words
("{date}" in a name of the language files): "the United Nations Convention of 18
December 1979 on the Elimination …", with or without the date and its commas."""

from __future__ import annotations

import pytest
import regex

from citeresolve import extract
from citeresolve.knowledge.lang import phrase_pattern


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "it",
            "Ai sensi dell'articolo 11 della Convenzione delle Nazioni Unite, del 18 dicembre "
            "1979, sull'eliminazione di ogni forma di discriminazione nei confronti della "
            "donna, gli Stati parte adottano misure adeguate.",
            "CEDAW:11",
        ),
        (
            "sl",
            "Člen 2 Konvencije Združenih narodov z dne 18. decembra 1979 o odpravi vseh oblik "
            "diskriminacije žensk zavezuje države pogodbenice.",
            "CEDAW:2",
        ),
        (
            "en",
            "As Article 11 of the United Nations Convention of 18 December 1979 on the "
            "Elimination of All Forms of Discrimination against Women requires,",
            "CEDAW:11",
        ),
        (
            "de",
            "nach Artikel 4 des Übereinkommens der Vereinten Nationen vom 18. Dezember 1979 "
            "zur Beseitigung jeder Form von Diskriminierung der Frau",
            "CEDAW:4",
        ),
        (
            "bg",
            "съгласно член 11 от Конвенцията на Организацията на обединените нации от 18 "
            "декември 1979 г. за премахване на всички форми на дискриминация по отношение на "
            "жените",
            "CEDAW:11",
        ),
        (
            "el",
            "το άρθρο 11 της Σύμβασης των Ηνωμένων Εθνών της 18ης Δεκεμβρίου 1979 για την "
            "εξάλειψη όλων των μορφών διακρίσεων κατά των γυναικών",
            "CEDAW:11",
        ),
        (
            "fr",
            "le principe de l'article 33 de la convention de Genève du 28 juillet 1951 "
            "relative au statut des réfugiés",
            "REFUGEE-CONVENTION:33",
        ),
        (
            "es",
            "el artículo 33 de la Convención de Ginebra, de 28 de julio de 1951, sobre el "
            "Estatuto de los Refugiados",
            "REFUGEE-CONVENTION:33",
        ),
    ],
)
def test_a_date_inside_the_title_keeps_the_name(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "it",
            "l'articolo 5 della Convenzione sull'eliminazione di ogni forma di "
            "discriminazione nei confronti della donna",
            "CEDAW:5",
        ),
        (
            "sl",
            "člen 5 Konvencije o odpravi vseh oblik diskriminacije žensk",
            "CEDAW:5",
        ),
        (
            "en",
            "Article 5 of the Convention on the Elimination of All Forms of Discrimination "
            "against Women",
            "CEDAW:5",
        ),
    ],
)
def test_the_title_without_its_date_is_still_read(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_the_date_mark_is_optional_and_needs_a_whole_date() -> None:
    pattern = regex.compile(phrase_pattern("Convention {date} on the Rights of the Child"))
    assert pattern.fullmatch("Convention on the Rights of the Child")
    assert pattern.fullmatch("Convention of 20 November 1989 on the Rights of the Child")
    assert pattern.fullmatch("Convention, signed on 20.11.1989, on the Rights of the Child")
    # a year alone, or words with no date, are no date: the name is another's
    assert not pattern.fullmatch("Convention of 1989 on the Rights of the Child")
    assert not pattern.fullmatch("Convention of the Council on the Rights of the Child")


def test_another_convention_with_a_date_is_not_cedaw() -> None:
    text = (
        "Article 3 of the United Nations Convention of 10 December 1984 against Torture "
        "and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    )
    assert not any(c.key.startswith("CEDAW") for c in extract(text, lang="en"))
