"""Numbered points are dropped (citation-keys.md: "point (1) of Article 4" is `…:4`), and
so is every number a list joins to the first: "Article 4, points 1 and 2" cites Article
4, not also an Article 2 (families/chain_points.py)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Credit institutions within the meaning of Article 4, points 1 and 2, of Regulation"
            " (EU) No 575/2013.",
        ),
        (
            "en",
            "Credit institutions within the meaning of Article 4, points (1), (2) and (5), of"
            " Regulation (EU) No 575/2013.",
        ),
        (
            "fr",
            "Les établissements au sens de l'article 4, points 1 et 2, du règlement (UE)"
            " no 575/2013.",
        ),
        (
            "nl",
            "Instellingen in de zin van artikel 4, punten 1 en 2, van Verordening (EU)"
            " nr. 575/2013.",
        ),
        (
            "de",
            "Institute im Sinne von Artikel 4 Nummern 1 und 2 der Verordnung (EU) Nr. 575/2013.",
        ),
    ],
)
def test_a_list_of_numbered_points_cites_the_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32013R0575:4"]


def test_a_paragraph_keeps_its_numbered_points_dropped() -> None:
    text = "As defined in Article 4(1), points 1, 2 and 5, of Regulation (EU) No 575/2013."
    assert _keys(text, "en") == ["CELEX:32013R0575:4(1)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a plural article word the list goes on with articles
        (
            "Articles 4, point 1, and 5 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:4", "CELEX:32013R0575:5"],
        ),
        # another article word starts another unit
        (
            "Article 4, point 1 and Article 5 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:4", "CELEX:32013R0575:5"],
        ),
        # a numbered point with its lettered point is paragraph and point
        (
            "Article 2, point 8(c), and point 9 of Regulation (EU) No 575/2013 apply.",
            ["CELEX:32013R0575:2(8)(c)", "CELEX:32013R0575:2"],
        ),
    ],
)
def test_what_is_no_list_of_numbered_points(text: str, expected: list[str]) -> None:
    assert _keys(text, "en") == expected
