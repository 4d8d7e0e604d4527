"""An annex after a list whose article word is repeated belongs to the last article
only (nl "artikel 305, lid 1, punt f), en van artikel 1 van bijlage IX bij het Unclos":
Article 305(1)(f) of the Convention, Article 1 of its Annex IX); one article word for
the whole list still gives the annex to every article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "partij in de zin van artikel 305, lid 1, punt f), en van artikel 1 van bijlage IX"
            " bij het Unclos.",
            ["UNCLOS:305(1)(f)", "UNCLOS:annex-IX/1"],
        ),
        (
            "fr",
            "au sens de l'article 305, paragraphe 1, point f), et de l'article 1er de"
            " l'annexe IX de la CNUDM",
            ["UNCLOS:305(1)(f)", "UNCLOS:annex-IX/1"],
        ),
        (
            "nl",
            "overeenkomstig artikel 5, lid 1, en artikel 2 van bijlage II bij Verordening (EU)"
            " 2016/679",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:annex-II/2"],
        ),
    ],
)
def test_annex_of_the_last_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "artikelen 3 en 4 van bijlage IX bij het Unclos",
            ["UNCLOS:annex-IX/3", "UNCLOS:annex-IX/4"],
        ),
        (
            "en",
            "Articles 3 and 4 of Annex I to Regulation (EU) 2016/679",
            ["CELEX:32016R0679:annex-I/3", "CELEX:32016R0679:annex-I/4"],
        ),
        (
            "sk",
            "článok 3 ods. 2 a 3 prílohy I nariadenia (EÚ) 2016/679",
            ["CELEX:32016R0679:annex-I/3(2)", "CELEX:32016R0679:annex-I/3(3)"],
        ),
    ],
)
def test_one_article_word_shares_the_annex(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
