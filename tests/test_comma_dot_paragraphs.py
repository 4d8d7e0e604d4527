"""Belgian Dutch pins: a number with a full stop after an article's number and a comma
is its paragraph where no sentence ends there ("artikel 11, 2. van de verordening" →
11(2)). The form is Belgian usage, so Dutch only; elsewhere, after a plural article word
or at a sentence's end, the numbers stay articles."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str = "nl") -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rechtstreeks in de zin van artikel 11, 2. van de verordening (EG) nr. 44/2001 "
            "van 22 december 2000",
            ["CELEX:32001R0044:11(2)"],
        ),
        (
            "Wanneer de Europese Commissie overeenkomstig artikel 108, 3. VWEU de formele "
            "onderzoeksprocedure heeft geopend",
            ["TFEU:108(3)"],
        ),
        (
            "De rechter past artikel 6, 1., van de verordening (EG) nr. 44/2001 toe.",
            ["CELEX:32001R0044:6(1)"],
        ),
    ],
)
def test_a_dotted_number_after_the_comma_is_the_paragraph(text: str, expected: list[str]) -> None:
    assert [k for k in _keys(text) if k.count(":") >= 2 or k.startswith("TFEU:")] == expected


def test_a_sentences_end_leaves_two_articles() -> None:
    text = "Het gaat om artikel 101 VWEU en artikel 6, 7. De Commissie besluit."
    assert [k for k in _keys(text) if k.startswith("TFEU:")] == ["TFEU:101", "TFEU:6", "TFEU:7"]


def test_after_a_plural_article_word_the_numbers_are_articles() -> None:
    from citeresolve.families.articles import reader

    chains = reader("nl").chains("Zie de artikelen 11, 2. van de verordening")
    assert [(u.article, u.paragraph) for c in chains for u in c.units] == [
        ("11", None),
        ("2", None),
    ]


def test_other_languages_read_no_paragraph_so() -> None:
    keys = _keys("conformément à l'article 108, 3. TFUE la procédure", "fr")
    assert "TFEU:108(3)" not in keys
