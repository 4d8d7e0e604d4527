"""A numbered point followed by its lettered point with no point word of its own, the
letter in its bracket after a comma or right after the point's bracket: fr "article 7,
point 1, b)", "point 1) b)", "art. 7, 1°, b)", nl "artikel 7, punt 1, b)", it, es, pt,
de "Art. 7 Nr. 1 b)" are paragraph and point, 7(1)(b), as the contract's lt "5
straipsnio 1 punkto b papunktis" (families/chain_points.py, chain_lexer.py)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fr",
            "La compétence relève de l'article 7, point 1, b), du règlement (UE) n° 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "fr",
            "Voir l'article 7, point 1) b), du règlement (UE) n° 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "fr",
            "Le for du contrat (art. 7, 1°, b), et art. 25 du règlement n° 1215/2012).",
            ["CELEX:32012R1215:7(1)(b)", "CELEX:32012R1215:25"],
        ),
        (
            "nl",
            "Zie artikel 7, punt 1, b), van Verordening (EU) nr. 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "it",
            "Si veda l'articolo 7, punto 1, b), del regolamento (UE) n. 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "es",
            "Véase el artículo 7, punto 1, b), del Reglamento (UE) n.º 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "de",
            "Maßgeblich ist Art. 7 Nr. 1 b) der Verordnung (EU) Nr. 1215/2012.",
            ["CELEX:32012R1215:7(1)(b)"],
        ),
    ],
)
def test_the_numbered_point_before_its_letter_is_a_paragraph(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a numbered point alone is still dropped
        ("fr", "Au sens de l'article 3, 8° de la directive 2006/123/CE.", ["CELEX:32006L0123:3"]),
        ("fr", "Au sens de l'article 4, point 8), du RGPD.", ["CELEX:32016R0679:4"]),
        ("nl", "In de zin van artikel 4, punt 8, van de AVG.", ["CELEX:32016R0679:4"]),
        # and a lettered point after a point word keeps its number as before
        (
            "it",
            "Ai sensi dell'art. 14, 1° comma, lett. a), della direttiva 95/46/CE.",
            ["CELEX:31995L0046:14(1)(a)"],
        ),
    ],
)
def test_a_numbered_point_alone_is_dropped(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys
