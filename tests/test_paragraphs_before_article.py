"""Paragraphs cited by their number alone before the article word, as French courts
and the Conseil d'État write them ("du 1 de l'article 9", "au b du 1 de l'article 6":
paragraph 1, point (b) of paragraph 1), after every determiner, "du" and "des" too."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Il résulte des articles 5 et 6 du RGPD, ainsi que du 1 de l'article 9 de ce "
            "règlement, que le traitement de données sensibles est en principe interdit.",
            ["CELEX:32016R0679:5", "CELEX:32016R0679:6", "CELEX:32016R0679:9(1)"],
        ),
        (
            "La portée des 1 et 2 de l'article 17 du règlement (UE) 2016/679 doit être précisée.",
            ["CELEX:32016R0679:17(1)", "CELEX:32016R0679:17(2)"],
        ),
        (
            "En application du b du 1 de l'article 6 du RGPD, le traitement est licite.",
            ["CELEX:32016R0679:6(1)(b)"],
        ),
        (
            "Les informations mentionnées au c) du 3 de l'article 5 de la directive "
            "2011/83/UE doivent être fournies.",
            ["CELEX:32011L0083:5(3)(c)"],
        ),
        (
            "Aux termes du a des 1 et 2 de l'article 3 TUE, l'Union promeut la paix.",
            ["TEU:3(1)(a)", "TEU:3(2)"],
        ),
        # the numbers stay paragraphs with no letter before them
        (
            "aux 5 et 6 de l'article 83 du RGPD",
            ["CELEX:32016R0679:83(5)", "CELEX:32016R0679:83(6)"],
        ),
        # a date and a national code's article are no paragraph of an EU act
        ("Le décret du 1er janvier 2020 modifie le a du 1 de l'article L. 34-1 du code.", []),
    ],
)
def test_paragraph_and_point_before_the_article_word(text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang="fr")] == keys
