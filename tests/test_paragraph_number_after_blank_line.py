"""A paragraph word at the end of a page or line and its number after a blank line
(el "άρθρου 122 παρ.\\n\\n2 ΣΛΕΕ" in a converted PDF): the number is the paragraph's,
not a bare article of the Treaty. A blank line still ends a chain anywhere else."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "el",
            "ανταποκρίνεται περισσότερο στο πνεύμα και στο σκοπό του άρθρου 122 παρ.\n\n2"
            " ΣΛΕΕ, καθώς προκρίνει την αρχή της αλληλεγγύης",
            ["TFEU:122(2)"],
        ),
        ("de", "Beihilfen im Sinne von Artikel 107 Absatz\n\n3 AEUV sind", ["TFEU:107(3)"]),
        ("en", "aid within the meaning of Article 107 paragraph\n\n3 TFEU is", ["TFEU:107(3)"]),
    ],
)
def test_paragraph_number_after_blank_line(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # after a number or a comma the blank line ends the chain as before
        ("el", "του άρθρου 122 ΣΛΕΕ,\n\n2 κράτη μέλη", ["TFEU:122"]),
        ("de", "nach Artikel 7 des Gesetzes Absatz\n\n3 Mitgliedstaaten", []),
        ("en", "Article 12\n\n3 Member States shall", []),
    ],
)
def test_blank_line_still_ends_chain(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "erstatningssøgsmål efter overtrædelser af artikel\n\n101 eller 102 i traktaten om"
            " Den Europæiske Unions funktionsmåde",
            ["TFEU:101", "TFEU:102"],
        ),
        (
            "de",
            "Schadensersatzklagen wegen Zuwiderhandlungen gegen Artikel\n\n101 oder 102 des"
            " Vertrags über die Arbeitsweise der Europäischen Union",
            ["TFEU:101", "TFEU:102"],
        ),
        ("fr", "au sens de l'article\n\n107, paragraphe 1, du TFUE", ["TFEU:107(1)"]),
    ],
)
def test_article_number_after_blank_line(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a numbered paragraph after a blank line is no article's number
        ("en", "as referred to in paragraph 1 of this Article\n\n2. Member States shall", []),
        ("da", "som omhandlet i stk. 1 i denne artikel\n\n2. Medlemsstaterne skal", []),
        ("de", "gemäß Absatz 1 dieses Artikels\n\n2) Die Mitgliedstaaten", []),
    ],
)
def test_numbered_paragraph_after_article_word(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
