"""A sentence hard-wrapped inside an act's title, then ", in particular Article N":
the line that opens in lower case goes on with the line before, whose act is pinned."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Commission adopted Decision 2010/87/EU on standard contractual clauses for "
            "the transfer of\npersonal data to processors, in particular Article 4 thereof.",
        ),
        (
            "el",
            "Η Επιτροπή εξέδωσε την απόφαση 2010/87/ΕΕ για την\nπροστασία των προσωπικών "
            "δεδομένων, και ιδίως το άρθρο 4.",
        ),
        (
            "it",
            "La Commissione ha adottato la decisione 2010/87/UE relativa alle clausole "
            "contrattuali per il\ntrasferimento di dati personali, in particolare l'articolo 4.",
        ),
        (
            "nl",
            "De Commissie heeft Besluit 2010/87/EU vastgesteld betreffende "
            "modelcontractbepalingen voor de\ndoorgifte van persoonsgegevens, in het bijzonder "
            "artikel 4.",
        ),
    ],
)
def test_wrapped_title_keeps_the_in_particular_link(lang: str, text: str) -> None:
    assert "CELEX:32010D0087:4" in keys(text, lang)


def test_a_new_sentence_on_the_next_line_is_no_wrap() -> None:
    text = (
        "The Commission adopted Decision 2010/87/EU.\nThe national law on data, in particular "
        "Article 4 thereof."
    )
    assert keys(text, "en") == ["CELEX:32010D0087"]
