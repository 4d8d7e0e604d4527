"""An article, its paragraph and its point joined by hyphens, as a data-protection
authority's French writes them (fr "articles 5-1-e) et 32 du RGPD", "article 6-1-f du
RGPD"), are one pin like "5.1.e)": 5(1)(e); a hyphen between two numbers alone is still a
range ("Articles 2-6 TFEU") and a national code's "L. 34-5" no EU article
(families/article_number_pattern.py, plain_numbers.py)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "La société a manqué aux obligations des articles 5-1-e) et 32 du RGPD.",
            ["CELEX:32016R0679:5(1)(e)", "CELEX:32016R0679:32"],
        ),
        (
            "fr",
            "Le traitement ne repose pas sur l'article 6-1-f du RGPD.",
            ["CELEX:32016R0679:6(1)(f)"],
        ),
        ("nl", "De verwerking is in strijd met artikel 5-1-a) AVG.", ["CELEX:32016R0679:5(1)(a)"]),
        ("de", "Ein Verstoß gegen Art. 5-1-c) DSGVO liegt vor.", ["CELEX:32016R0679:5(1)(c)"]),
    ],
)
def test_hyphenated_levels_are_one_pin(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("en", "See Articles 2-6 TFEU.", ["TFEU:2-6"]),
        ("fr", "Voir les articles 5-12 du RGPD.", ["CELEX:32016R0679:5-12"]),
        ("fr", "Voir l'article L. 34-5 du code des postes et des communications.", []),
        ("fr", "Voir l'article 5-1 de la loi n° 78-17.", []),
    ],
)
def test_a_hyphen_between_two_numbers_is_still_a_range(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys
