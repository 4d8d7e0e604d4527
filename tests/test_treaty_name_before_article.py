"""A Treaty named by its full name right before "Article N" (sv "Enligt fördraget om
den europeiska unionens funktionssätt artikel 152 ska EU …"): the article is the
Treaty's. Swedish running text also puts the article "den" before the Union's name
("fördraget om den europeiska unionens funktionssätt"), which is the same Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Enligt fördraget om den europeiska unionens funktionssätt artikel 152 ska EU"
            " underlätta dialogen mellan arbetsmarknadens parter.",
            ["TFEU:152"],
        ),
        (
            "sv",
            "enligt artikel 6 i fördraget om den europeiska unionen ska unionen",
            ["TEU:6"],
        ),
        ("sv", "enligt fördraget om den europeiska unionens funktionssätt.", ["TFEU"]),
        (
            "da",
            "I henhold til traktaten om Den Europæiske Unions funktionsmåde artikel 152 skal"
            " Unionen fremme dialogen",
            ["TFEU:152"],
        ),
        (
            "de",
            "Nach dem Vertrag über die Arbeitsweise der Europäischen Union Artikel 152 fördert"
            " die Union den sozialen Dialog",
            ["TFEU:152"],
        ),
    ],
)
def test_treaty_name_before_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a national law's article, and a treaty that is not the Union's
        ("sv", "enligt lagen om den europeiska unionens stödordningar artikel 152 ska"),
        ("sv", "fördraget om den nordiska passunionen artikel 2 anger"),
        ("da", "lov om Den Europæiske Unions funktionsmåde § 152 skal"),
    ],
)
def test_treaty_name_before_article_negatives(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
