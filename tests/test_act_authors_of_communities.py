"""Acts of the years before the Union are cited with their author named in full, the
Council (or the Commission) "of the European Communities", or the Communities alone as
the author, between the act word and the number: ro "Regulamentul Consiliului
Comunităților Europene nr. 1408/71", el "Κανονισμός του Συμβουλίου των Ευρωπαϊκών
Κοινοτήτων αριθ. 1408/71", de "Verordnung des Rates der Europäischen Gemeinschaften Nr.
1408/71". The language files' ``authors`` list these names; hr writes the Community's
abbreviation with its case ending ("Uredba EEZ-a br."). A national act's number after
its own word stays no EU act."""

from __future__ import annotations

import pytest

import citeresolve

R1408, R2137 = "CELEX:31971R1408", "CELEX:31985R2137"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "ro",
            "Grupurile sunt reglementate de Regulamentul Comunităților Europene nr. "
            "2137/85 și de legea română.",
            [R2137],
        ),
        (
            "ro",
            "potrivit Regulamentului Consiliului Comunităţilor Europene nr. 1408/71 "
            "privind securitatea socială",
            [R1408],
        ),
        (
            "el",
            "σύμφωνα με τον Κανονισμό του Συμβουλίου των Ευρωπαϊκών Κοινοτήτων αριθ. "
            "1408/71 για την εφαρμογή",
            [R1408],
        ),
        (
            "el",
            "μέτρα εφαρμογής του Κανονισμού του Συμβουλίου Ευρωπαϊκών Κοινοτήτων "
            "αριθ. 2137/1985 σχετικά με τον Όμιλο",
            [R2137],
        ),
        (
            "hr",
            "Osnovni propis je Uredba EEZ-a br. 2137/85 o europskim gospodarskim "
            "interesnim udruženjima.",
            [R2137],
        ),
        ("hr", "prema Uredbi Vijeća Europskih zajednica br. 1408/71 o primjeni sustava", [R1408]),
        (
            "de",
            "nach der Verordnung des Rates der Europäischen Gemeinschaften Nr. 1408/71 "
            "zur Anwendung",
            [R1408],
        ),
        (
            "fr",
            "le règlement du Conseil des Communautés européennes n° 2137/85 relatif au groupement",
            [R2137],
        ),
        (
            "it",
            "ai sensi del regolamento del Consiglio delle Comunità europee n. 2137/85 "
            "relativo ai gruppi",
            [R2137],
        ),
        (
            "es",
            "el Reglamento de la Comisión de las Comunidades Europeas n.º 1408/71 "
            "relativo a la aplicación",
            [R1408],
        ),
        (
            "pt",
            "o Regulamento do Conselho das Comunidades Europeias n.º 2137/85 relativo "
            "à instituição",
            [R2137],
        ),
        (
            "bg",
            "съгласно Регламент на Съвета на Европейските общности № 1408/71 относно прилагането",
            [R1408],
        ),
        (
            "en",
            "under Regulation of the Council of the European Communities No 2137/85 on the EEIG",
            [R2137],
        ),
    ],
)
def test_author_of_the_communities(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "potrivit Legii nr. 31/1990 privind societățile, republicată"),
        ("el", "σύμφωνα με τον νόμο αριθ. 2190/1920 περί ανωνύμων εταιρειών"),
        ("hr", "Zakon o trgovačkim društvima, Narodne novine br. 111/93"),
        ("de", "nach dem Gesetz Nr. 240/91 der Italienischen Republik"),
    ],
)
def test_national_acts_stay_out(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
