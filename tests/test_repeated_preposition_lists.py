"""A list of articles whose items repeat the preposition before the first ("infringement
of Article 4(1), of Article 5(2) and of Article 13(2) TEU", it "violazioni dell'articolo
4, paragrafo 1, dell'articolo 5, paragrafo 2, e dell'articolo 13, paragrafo 2, TUE") is
one list: the instrument named after the last item is every item's. Another preposition
after the comma starts another phrase, which keeps its own instrument."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


EXPECTED = ["TEU:4(1)", "TEU:5(2)", "TEU:13(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alleged breach of Article 4(1), of Article 5(2) and of Article 13(2) TEU."),
        (
            "it",
            "Motivo vertente sulla violazione dell’articolo 4, paragrafo 1, dell’articolo 5, "
            "paragrafo 2, e dell’articolo 13, paragrafo 2, TUE nonché del principio",
        ),
        (
            "fr",
            "Moyen tiré de la violation de l'article 4, paragraphe 1, de l'article 5, "
            "paragraphe 2, et de l'article 13, paragraphe 2, TUE ainsi que du principe",
        ),
        (
            "pt",
            "Fundamento relativo à violação do artigo 4.º, n.º 1, do artigo 5.º, n.º 2, "
            "e do artigo 13.º, n.º 2, TUE e do princípio",
        ),
    ],
)
def test_a_repeated_preposition_keeps_the_list(lang: str, text: str) -> None:
    assert keys(text, lang) == EXPECTED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "un avis en vertu de l'article 127, paragraphe 4, et de l'article 282, "
            "paragraphe 5, du traité sur le fonctionnement de l'Union européenne",
        ),
        (
            "it",
            "un parere ai sensi dell'articolo 127, paragrafo 4, e dell'articolo 282, "
            "paragrafo 5, del trattato sul funzionamento dell'Unione europea",
        ),
        (
            "en",
            "an opinion under Article 127, paragraph 4, and under Article 282, paragraph 5, TFEU",
        ),
    ],
)
def test_and_after_a_paragraph_in_apposition(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:127(4)", "TFEU:282(5)"]


def test_in_a_keyword_line_after_another_treaty() -> None:
    text = (
        "Ricorso di annullamento – Elusione dell’articolo 269 TFUE – Violazioni "
        "dell’articolo 4, paragrafo 1, dell’articolo 5, paragrafo 2, e dell’articolo 13, "
        "paragrafo 2, TUE – Irricevibilità"
    )
    assert keys(text, "it") == ["TFEU:269", *EXPECTED]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # another preposition: another phrase, the first article has no instrument
        (
            "en",
            "as laid down in Article 4, under Article 5 of Regulation (EU) 2016/679",
            ["CELEX:32016R0679:5"],
        ),
        (
            "fr",
            "conformément à l'article 4, en vertu de l'article 5 du règlement (UE) 2016/679",
            ["CELEX:32016R0679:5"],
        ),
        # ", and in" alone after a comma is another phrase
        ("en", "as in Article 20, and in Article 21 TFEU", ["TFEU:21"]),
        # each item names its own instrument
        (
            "it",
            "violazione dell’articolo 4 TUE, dell’articolo 5 della Carta",
            ["TEU:4", "CFR:5"],
        ),
    ],
)
def test_another_preposition_or_instrument_is_not_the_list(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
