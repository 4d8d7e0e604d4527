"""A unit joined by "in conjunction with" to an article whose act is named right before
the joining words cites the same act, also with the act's footnote marker between and
with the German abbreviation written spaced ("i. V. m.", "i. V. mit")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Nach Artikel 3 der Verordnung (EG) Nr. 1/2005 1) i. V. mit Anhang I Kapitel I darf",
        ),
        ("de", "Nach Artikel 3 der Verordnung (EG) Nr. 1/2005 i. V. m. Anhang I darf niemand"),
        ("de", "Nach Artikel 3 der Verordnung (EG) Nr. 1/2005 i.V. m. Anhang I darf niemand"),
        (
            "en",
            "Under Article 3 of Regulation (EC) No 1/2005 (1) in conjunction with Annex I, no one",
        ),
        ("nl", "Op grond van artikel 3 van Verordening (EG) nr. 1/2005 (1) juncto bijlage I mag"),
    ],
)
def test_an_annex_in_conjunction_with_an_article_of_an_act(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["CELEX:32005R0001:3", "CELEX:32005R0001:annex-I"]
