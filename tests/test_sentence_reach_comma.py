"""An instrument named in a sentence's opening phrase, then a comma and at most a
determiner before the article word: the article is that instrument's (the contract's "in
reach"), en "For the purposes of the EC Treaty, Article 3(1)(g) provides", fr "… du
traité CE, l'article 3, paragraphe 1, point g), assigne", es "…, el artículo", it "…,
l'articolo". A relative clause after the comma keeps its object another's."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "en",
            "For the attainment of the objectives of the EC Treaty, Article 3(1)(g) requires "
            "a system of undistorted competition.",
            "TEC:3(1)(g)",
        ),
        (
            "fr",
            "Pour atteindre les objectifs du traité instituant la Communauté européenne, "
            "l'article 3, paragraphe 1, point g), exige un régime de concurrence non faussée.",
            "TEC:3(1)(g)",
        ),
        (
            "es",
            "Para la consecución de los fines del Tratado CE, el artículo 3, apartado 1, letra "
            "g), exige un régimen de competencia no falseada.",
            "TEC:3(1)(g)",
        ),
        (
            "it",
            "Ai fini del regolamento (UE) 2019/1020, l'articolo 4 impone obblighi agli operatori "
            "economici.",
            "CELEX:32019R1020:4",
        ),
        (
            "pt",
            "No âmbito do Regulamento (UE) 2019/1020, o artigo 4.º impõe obrigações aos "
            "operadores económicos.",
            "CELEX:32019R1020:4",
        ),
    ],
)
def test_a_comma_and_a_determiner_before_the_article(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # a relative clause of the act: its object is another act's article
        (
            "fr",
            "Le règlement (UE) 2018/1725, qui modifie l'article 12, s'applique.",
            "CELEX:32018R1725:12",
        ),
        (
            "es",
            "El Reglamento (UE) 2018/1725, que modifica el artículo 12, se aplica.",
            "CELEX:32018R1725:12",
        ),
        # words after the comma: no apposition of the name
        (
            "it",
            "Il regolamento (UE) 2018/1725, come modificato, e l'articolo 12 della legge "
            "nazionale si applicano.",
            "CELEX:32018R1725:12",
        ),
    ],
)
def test_more_than_a_determiner_after_the_comma(lang: str, text: str, wrong: str) -> None:
    assert wrong not in [c.key for c in extract(text, lang=lang)]
