"""An article, "and", a repeated preposition and an annex ("Article 6 and in Annex III
to …", pt "no artigo 6.º e no anexo III do …"): two items of one list, the article and
the annex of the instrument, never an article of that annex."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_BOTH = ["CELEX:32023R0988:9", "CELEX:32023R0988:annex-II"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The duties are set out in Article 9 and in Annex II to Regulation (EU) 2023/988."),
        ("pt", "Os deveres constam do art. 9.º e do anexo II do Regulamento (UE) 2023/988."),
        (
            "pt",
            "Os deveres estão previstos no artigo 9.º e no anexo II do Regulamento (UE) 2023/988.",
        ),
        (
            "es",
            "Los deberes figuran en el artículo 9 y en el anexo II del Reglamento (UE) 2023/988.",
        ),
        (
            "it",
            "Gli obblighi figurano all'articolo 9 e nell'allegato II del regolamento (UE) "
            "2023/988.",
        ),
    ],
)
def test_article_and_annex_are_two_items(lang: str, text: str) -> None:
    assert _keys(text, lang) == _BOTH


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "Os artigos 2.º e 3.º do anexo I do Regulamento (UE) 2023/988.",
            ["CELEX:32023R0988:annex-I/2", "CELEX:32023R0988:annex-I/3"],
        ),
        (
            "es",
            "El artículo 6 del anexo III del Reglamento (UE) 2023/988.",
            ["CELEX:32023R0988:annex-III/6"],
        ),
        (
            "en",
            "Articles 3 and 4 of Annex I to Regulation (EU) 2023/988.",
            ["CELEX:32023R0988:annex-I/3", "CELEX:32023R0988:annex-I/4"],
        ),
    ],
)
def test_articles_of_an_annex_stay_nested(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
