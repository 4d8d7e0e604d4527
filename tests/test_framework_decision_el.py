"""A bare framework decision word names the one framework decision the document cites
(``kind_words.framework_decision`` of data/context_words.toml): el "άρθρο 3 της
απόφασης-πλαισίου" after "απόφαση-πλαίσιο 2002/584/ΔΕΥ", as cs "rámcového rozhodnutí" and
sk "rámcového rozhodnutia" already did."""

from __future__ import annotations

import pytest

import citeresolve

F = "CELEX:32002F0584"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "el",
            "Η απόφαση-πλαίσιο 2002/584/ΔΕΥ ισχύει. Οι λόγοι απαριθμούνται στο άρθρο 3 της"
            " απόφασης-πλαισίου.",
        ),
        (
            "cs",
            "Rámcové rozhodnutí 2002/584/SVV platí. Důvody uvádí článek 3 rámcového rozhodnutí.",
        ),
        (
            "sk",
            "Rámcové rozhodnutie 2002/584/SVV platí. Dôvody uvádza článok 3 rámcového rozhodnutia.",
        ),
    ],
)
def test_the_one_framework_decision(lang: str, text: str) -> None:
    assert f"{F}:3" in [c.key for c in citeresolve.extract(text, lang=lang)]


def test_greek_two_framework_decisions_name_neither() -> None:
    text = (
        "Οι αποφάσεις-πλαίσιο 2002/584/ΔΕΥ και 2008/909/ΔΕΥ ισχύουν. Βλ. άρθρο 3 της"
        " απόφασης-πλαισίου."
    )
    keys = [c.key for c in citeresolve.extract(text, lang="el")]
    assert f"{F}:3" not in keys and "CELEX:32008F0909:3" not in keys
