"""An inserted article's capital letter glued to its number in the language's own
script: el "άρθρων 9Δ και 9Ε της Συνθήκης για την Ευρωπαϊκή Ένωση" (Articles 9d and 9e
of the Lisbon numbering), bg "член 9Д от Договора" (the Cyrillic letter read in the
language's order, as a lower-case one already is). A Latin capital glued to the number
stays no letter (a table's or an act's label), and a national act's article stays
uncited."""

from __future__ import annotations

import pytest

from citeresolve import extract

GLUED = [
    (
        "el",
        "Ο Ύπατος Εκπρόσωπος διορίζεται σύμφωνα με τα άρθρα 9Δ και 9Ε της Συνθήκης για "
        "την Ευρωπαϊκή Ένωση.",
        ["TEU:9d", "TEU:9e"],
    ),
    (
        "el",
        "Το άρθρο 10Α παράγραφος 2 της Συνθήκης για την Ευρωπαϊκή Ένωση ορίζει.",
        ["TEU:10a(2)"],
    ),
    ("bg", "Съгласно член 9Б от Договора за Европейския съюз Комисията.", ["TEU:9b"]),
]


@pytest.mark.parametrize(("lang", "text", "keys"), GLUED)
def test_glued_own_script_letter(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys


NOT_CITED = [
    ("el", "Σύμφωνα με το άρθρο 5Β του ν. 3419/2005 η αρχή αποφασίζει."),
    ("bg", "Съгласно чл. 4А от Закона за данъците общината събира такса."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CITED)
def test_national_article_not_cited(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == []
