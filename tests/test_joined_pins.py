"""Pins written in the less usual places and shapes: a paragraph number glued to its
word after the Treaty's abbreviation (es "Artículo 107 TFUE, apartado3, letra b)"), an
ordinal mark raised by a caret in text converted from superscripts (fr "1^er", pt
"5.^º"), a range of paragraphs joined by dots to one article (sv "artikel 3.1–3.3",
which keeps the article only, like "Absätze 1 bis 4"), and number first, dotted pins
after an article word written first (fi "artiklat 24.1.v ja 38.2")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The paragraph's number glued to its word, after the Treaty (judgment headnotes).
        (
            "es",
            "Ayudas de Estado — Artículo 107 TFUE, apartado3, letra b) — Concepto de"
            " «régimen de ayudas»",
            ["TFEU:107(3)(b)"],
        ),
        ("es", "con arreglo al artículo 4 TUE, apartado2, los Estados", ["TEU:4(2)"]),
        ("es", "el artículo 267 TFUE, apartado 3, obliga", ["TFEU:267(3)"]),
        # A caret before the ordinal mark (a superscript converted to text).
        (
            "fr",
            "au sens de l'article 1^er, paragraphe 1^er, du règlement (UE) 2016/679",
            ["CELEX:32016R0679:1(1)"],
        ),
        ("fr", "l'article 1^er du traité sur l'Union européenne", ["TEU:1"]),
        (
            "pt",
            "nos termos dos artigos 2.^º e 5.^º do RGPD,",
            [
                "CELEX:32016R0679:2",
                "CELEX:32016R0679:5",
            ],
        ),
        ("es", "según el artículo 5.^º del RGPD,", ["CELEX:32016R0679:5"]),
        # A range of one article's dotted paragraphs: the article only.
        (
            "sv",
            "hamnanläggning som omfattas av artikel 3.1–3.3 i förordning (EG) nr 725/2004.",
            ["CELEX:32004R0725:3"],
        ),
        (
            "sv",
            "enligt artikel 3.1–3.3 och 5.2 i förordning (EG) nr 725/2004",
            ["CELEX:32004R0725:3", "CELEX:32004R0725:5(2)"],
        ),
        (
            "es",
            "lo dispuesto en el artículo 3.1 a 3.3 del Reglamento (CE) n.º 725/2004",
            ["CELEX:32004R0725:3"],
        ),
        (
            "da",
            "som omhandlet i artikel 3.1-3.3 i forordning (EF) nr. 725/2004",
            ["CELEX:32004R0725:3"],
        ),
        # Number first, an article word written first, then dotted pins.
        (
            "fi",
            "asetuksen (EY) N:o 1198/2006 artiklat 24.1.v ja 38.2 mukaan varoja voidaan",
            ["CELEX:32006R1198:24(1)(v)", "CELEX:32006R1198:38(2)"],
        ),
        ("fi", "SEUT artikla 107.3 mukaan", ["TFEU:107(3)"]),
        ("fi", "SEUT artiklat 24.1, 26 ja 38.2 mukaan", ["TFEU:24(1)", "TFEU:26", "TFEU:38(2)"]),
        ("fi", "SEUT artiklat 24 ja 38 mukaan", ["TFEU:24", "TFEU:38"]),
    ],
)
def test_joined_pins(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(_keys(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A national law's article, a date with "1^er", a standard's dotted numbers.
        ("fr", "l'article 1^er de la loi du 6 janvier 1978, entrée en vigueur le 1^er mars"),
        ("es", "el artículo 3.1 a 3.3 de la Ley 39/2015, de 1 de octubre"),
        ("sv", "enligt artikel 3.1–3.3 i lagen (2004:487) om sjöfartsskydd"),
        ("sv", "enligt avsnitt 3.1–3.3 i standarden EN 1090-2"),
        ("fi", "lain artiklat 24.1 ja 38.2 mukaan"),
    ],
)
def test_joined_pins_negatives(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
