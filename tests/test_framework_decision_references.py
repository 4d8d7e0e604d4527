"""The definite word of a framework decision points back to the one cited before it.

"Article 10 of the Framework Decision", de "Artikel 5 des Rahmenbeschlusses", fr
"l'article 3 de la décision-cadre", it "articolo 4 della decisione quadro", es "artículo 8
de la Decisión Marco": like "the Directive" ([references]), the last framework decision
cited, never a plain decision; with none cited before, nothing.
"""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Council Framework Decision 2002/584/JHA of 13 June 2002 on the European arrest "
            "warrant was adopted after long talks. Under Article 4 of the Framework Decision, "
            "the executing judicial authority may refuse to execute the warrant.",
            ["CELEX:32002F0584", "CELEX:32002F0584:4"],
        ),
        (
            "de",
            "Der Rahmenbeschluss 2004/757/JI des Rates vom 25. Oktober 2004 legt "
            "Mindestvorschriften fest. Gemäß Artikel 8 des Rahmenbeschlusses treffen die "
            "Mitgliedstaaten die erforderlichen Maßnahmen.",
            ["CELEX:32004F0757", "CELEX:32004F0757:8"],
        ),
        (
            "fr",
            "La décision-cadre 2001/500/JAI du Conseil du 26 juin 2001 concerne le blanchiment "
            "d'argent. Conformément à l'article 3 de la décision-cadre, les États membres "
            "prennent les mesures nécessaires.",
            ["CELEX:32001F0500", "CELEX:32001F0500:3"],
        ),
        (
            "it",
            "La decisione quadro 2005/214/GAI del Consiglio, del 24 febbraio 2005, riguarda le "
            "sanzioni pecuniarie. A norma dell'articolo 7 della decisione quadro, lo Stato di "
            "esecuzione può rifiutare.",
            ["CELEX:32005F0214", "CELEX:32005F0214:7"],
        ),
        (
            "es",
            "La Decisión Marco 2008/909/JAI del Consejo, de 27 de noviembre de 2008, se aplica "
            "a las sentencias. Con arreglo al artículo 9 de la Decisión Marco, la autoridad "
            "competente podrá denegar el reconocimiento.",
            ["CELEX:32008F0909", "CELEX:32008F0909:9"],
        ),
        # a plain decision cited before: the framework decision word points to none
        (
            "en",
            "Council Decision 2008/615/JHA of 23 June 2008 deals with cross-border cooperation. "
            "Article 10 of the Framework Decision is not yet in force.",
            ["CELEX:32008D0615"],
        ),
        # "the Decision" still the plain decision, not the framework decision cited first
        (
            "en",
            "Council Framework Decision 2008/841/JHA of 24 October 2008 came first. Council "
            "Decision 2008/615/JHA of 23 June 2008 came later. Article 10 of the Decision "
            "applies.",
            ["CELEX:32008F0841", "CELEX:32008D0615", "CELEX:32008D0615:10"],
        ),
        # no framework decision cited at all
        (
            "fr",
            "En vertu de l'article 5 de la décision-cadre, les États membres notifient.",
            [],
        ),
    ],
)
def test_framework_decision_reference(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
