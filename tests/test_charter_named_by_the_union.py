"""The Charter named by the Union's name alone, with the article it completes: a Dutch
thesis's table of contents, "2.2.3 Artikel 27 EU-Handvest en horizontale directe
werking", gave nothing (three times), as did fr "l'article 47 de la Charte de l'UE",
es "el artículo 47 de la Carta de la UE", pt "o artigo 47.º da Carta da UE", it
"l'articolo 47 della Carta dell'UE", bg "член 47 от Хартата на ЕС", mt "l-Artikolu 47
tal-Karta tal-UE": the Union's name after the "of" word read as another owner ("the
Charter of the United Nations"). These forms are CFR short forms (``attach_only``): they
complete an article; standing alone they cite nothing (the round-5 precedent: "EU-Handvest"
alone is no citation), and the UN Charter stays apart."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "2.2.3 Artikel 27 EU-Handvest en horizontale directe werking ... 18\n"
            "3.3 Relatie met artikel 27 EU-Handvest en horizontale directe werking ... 29",
            ["CFR:27", "CFR:27"],
        ),
        ("nl", "artikel 47 van het Handvest van de EU", ["CFR:47"]),
        ("fr", "l'article 47 de la Charte de l'UE", ["CFR:47"]),
        ("fr", "l'article 47 de la Charte de l'Union", ["CFR:47"]),
        ("es", "el artículo 47 de la Carta de la UE", ["CFR:47"]),
        ("pt", "o artigo 47.º da Carta da UE", ["CFR:47"]),
        ("it", "l'articolo 47 della Carta dell'UE", ["CFR:47"]),
        ("bg", "член 47 от Хартата на ЕС", ["CFR:47"]),
        ("mt", "l-Artikolu 47 tal-Karta tal-UE", ["CFR:47"]),
        # standing alone: a short form, no citation
        ("nl", "De werking van de grondrechten uit het EU-Handvest", []),
        ("fr", "la Charte de l'UE est contraignante", []),
        ("es", "la Carta de la UE vincula a los Estados miembros", []),
        # the UN Charter stays another instrument
        ("fr", "l'article 2 de la Charte des Nations unies", []),
        ("es", "el artículo 2 de la Carta de las Naciones Unidas", []),
    ],
)
def test_the_charter_named_by_the_union(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
