""" "The Geneva Convention" alone (singular) is the 1951 Refugee Convention in EU texts
(the CEAS directives define it so): el "ΤΗΣ ΣΥΜΒΑΣΗΣ ΤΗΣ ΓΕΝΕΥΗΣ" in a heading, pt "art.
33.º da Convenção de Genebra". The 1949 Conventions are plural, numbered ("the Fourth
Geneva Convention", new language field ``other_instrument_heads``) or followed by their
subject or year ("relative to the Protection of Civilian Persons", "of 1949":
``other_instrument_tails``): no citation."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "el",
            "ΕΝΑ ΕΡΓΑΛΕΙΟ ΣΤΗΝ ΥΠΗΡΕΣΙΑ ΤΗΣ ΑΚΕΡΑΙΟΤΗΤΑΣ ΤΗΣ ΣΥΜΒΑΣΗΣ ΤΗΣ ΓΕΝΕΥΗΣ: ΠΡΟΣΩΡΙΝΗ "
            "ΠΡΟΣΤΑΣΙΑ",
            ["REFUGEE-CONVENTION"],
        ),
        (
            "pt",
            "proibição de repulsão, ao abrigo do art. 33.º da Convenção de Genebra e da lei.",
            ["REFUGEE-CONVENTION:33"],
        ),
        (
            "en",
            "Temporary protection must not undermine the Geneva Convention and asylum.",
            ["REFUGEE-CONVENTION"],
        ),
        ("es", "el artículo 1 de la Convención de Ginebra define al refugiado", None),
        ("pl", "zgodnie z art. 1 Konwencji genewskiej uchodźcą jest osoba", None),
        ("hu", "a genfi egyezmény 1. cikke szerint menekült az, aki", None),
    ],
)
def test_geneva_convention_alone(lang: str, text: str, keys: list[str] | None) -> None:
    assert _keys(text, lang) == (["REFUGEE-CONVENTION:1"] if keys is None else keys)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the occupying power is bound by the Fourth Geneva Convention."),
        ("en", "Article 49 of the Geneva Convention relative to the Protection of Civilians"),
        ("en", "the Geneva Conventions and their Additional Protocols apply."),
        ("fr", "l'article 49 de la quatrième convention de Genève"),
        ("it", "l'articolo 49 della IV Convenzione di Ginevra"),
        ("el", "το άρθρο 49 της Τέταρτης Σύμβασης της Γενεύης"),
        ("pl", "zgodnie z konwencjami genewskimi i protokołami dodatkowymi"),
        ("de", "Artikel 3 der Genfer Konvention zum Schutze von Zivilpersonen"),
    ],
)
def test_the_1949_conventions_are_no_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
