"""A chain followed by the document naming itself ("dieser Richtlinie", "of this
Directive", "de la presente Directiva") inside a visa about a Treaty is the document's own
articles, never the Treaty's; the Treaty's articles around it keep the Treaty, and the
same words after an act named in the clause still point back to that act. A possessive
chain ("su artículo 192, apartado 1, y su artículo 114") is read apart from the articles
after its linking words ("en relación con el artículo 1 … de la presente Directiva")."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, "
            "insbesondere auf Artikel 192 Absatz 1 und — in Bezug auf Artikel 1 Absätze 3 bis "
            "13 und Artikel 2 Absätze 5 bis 7 dieser Richtlinie — auf Artikel 114,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Gemeinschaft, insbesondere "
            "auf Artikel 95 und — in Bezug auf Artikel 3 dieser Verordnung — auf Artikel 37,",
            ["TEC", "TEC:95", "TEC:37"],
        ),
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 192(1) thereof and, in relation to Article 1(2) to (13) and "
            "Article 2(5) to (7) of this Directive, Article 114 thereof,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
        (
            "es",
            "Visto el Tratado de Funcionamiento de la Unión Europea y, en particular, su "
            "artículo 192, apartado 1, y su artículo 114, en relación con el artículo 1, "
            "apartados 3 a 13, y el artículo 2, apartados 5 a 7, de la presente Directiva,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
    ],
)
def test_the_documents_own_articles_are_not_the_treatys(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "gestützt auf die Richtlinie 2000/60/EG, insbesondere auf Artikel 5 dieser Richtlinie,",
            ["CELEX:32000L0060", "CELEX:32000L0060:5"],
        ),
        (
            "gestützt auf den Vertrag zur Gründung der Europäischen Gemeinschaft, insbesondere "
            "auf Artikel 95 dieses Vertrags,",
            ["TEC", "TEC:95"],
        ),
    ],
)
def test_a_thereof_after_an_act_or_the_treaty_still_points_back(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Visto el Tratado de Funcionamiento de la Unión Europea y, en particular, su "
            "artículo 192, apartado 1, y su artículo 114, en relación con el artículo 1, "
            "apartados 3 a 13, y el artículo 2, apartados 5 a 7, de la presente Directiva,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
        (
            "es",
            "Visto el Tratado constitutivo de la Comunidad Europea y, en particular, su "
            "artículo 95, y su artículo 175, en relación con el artículo 4 del presente "
            "Reglamento,",
            ["TEC", "TEC:95", "TEC:175"],
        ),
        (
            "es",
            "Visto el Tratado de Funcionamiento de la Unión Europea y, en particular, su "
            "artículo 192, apartado 1, y su artículo 114, en relación con el artículo 1, "
            "apartados 3 a 13, y el artículo 2, apartados 5 a 7, del Reglamento (UE) 2018/1999,",
            [
                "TFEU",
                "TFEU:192(1)",
                "TFEU:114",
                "CELEX:32018R1999:1",
                "CELEX:32018R1999:2",
            ],
        ),
        (
            "pt",
            "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o "
            "seu artigo 192.º, n.º 1, e o seu artigo 114.º, em relação com o artigo 1.º, "
            "n.os 3 a 13, e o artigo 2.º, n.os 5 a 7, da presente diretiva,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
        (
            "fr",
            "vu le traité sur le fonctionnement de l'Union européenne, et notamment son "
            "article 192, paragraphe 1, et son article 114, en ce qui concerne l'article 1er, "
            "paragraphes 3 à 13, et l'article 2, paragraphes 5 à 7, de la présente directive,",
            ["TFEU", "TFEU:192(1)", "TFEU:114"],
        ),
    ],
)
def test_possessive_articles_before_the_own_ones_keep_the_treaty(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


def test_a_possessive_article_of_an_act_still_parts_from_another_act() -> None:
    text = (
        "La Directiva 2009/28/CE modificó, mediante su artículo 19, apartado 2, el "
        "artículo 7 bis de la Directiva 98/70/CE."
    )
    assert keys(text, "es") == [
        "CELEX:32009L0028",
        "CELEX:32009L0028:19(2)",
        "CELEX:31998L0070:7a",
    ]
