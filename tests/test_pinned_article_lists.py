"""Lists of pinned articles: the paragraphs and points after an article belong to it
until the list names the next article, by a semicolon (es), by a comma and "and" after
a list of paragraphs that an "and" closed, by a number out of order after an
abbreviation that is singular too (de "Abs.", cs "odst."), or by a paragraph of its
own; a number going on from a paragraph after its points is the next paragraph (fr
"§ 1, a), et 2"); a point of an annex after "and" is the list's next item."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


def pins(text: str, lang: str) -> list[str]:
    """The pinned keys found, an act's without its "CELEX:number:" (whole acts left out)."""
    found = []
    for key in keys(text, lang):
        parts = key.split(":", 2)
        if parts[0] != "CELEX":
            found.append(key)
        elif len(parts) == 3:
            found.append(parts[2])
    return found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El Reino ha infringido los artículos 2, apartados 3 y 4; 6; 8, apartado 2, y 10 "
            "del Reglamento (CE) n.º 1013/2006.",
            ["2(3)", "2(4)", "6", "8(2)", "10"],
        ),
        (
            "es",
            "Son contrarios a los artículos 3; 4, apartados 1 y 5, y 12 de la Directiva "
            "2008/98/CE.",
            ["3", "4(1)", "4(5)", "12"],
        ),
        (
            "pt",
            "Violou os artigos 3.º, n.os 1 e 2; 7.º; 9.º, n.º 4, da Diretiva 2008/98/CE.",
            ["3(1)", "3(2)", "7", "9(4)"],
        ),
    ],
)
def test_a_semicolon_separates_the_articles_of_a_list(
    lang: str, text: str, expected: list[str]
) -> None:
    assert pins(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a semicolon after a singular article ends the chain: a date follows
        ("es", "Véase el artículo 4 de la Directiva 2008/98/CE; 12 de marzo de 2010."),
        ("en", "See Articles 4 and 5 of Directive 2008/98/EC; 12 Member States objected."),
    ],
)
def test_a_semicolon_elsewhere_ends_the_list(lang: str, text: str) -> None:
    assert all(not k.endswith(":12") for k in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "(Directiva 2008/98/CE del Parlamento, arts. 4, aps. 2 y 3, letra b), y 7, ap. 1)",
            ["4(2)", "4(3)(b)", "7(1)"],
        ),
        (
            "de",
            "(vgl. Art. 34 Abs. 2, 267 Abs. 1 AEUV)",
            ["TFEU:34(2)", "TFEU:267(1)"],
        ),
        (
            "cs",
            "(nařízení č. 1013/2006, čl. 18 odst. 2 a 49)",
            ["18(2)", "49"],
        ),
        (
            "fr",
            "(Directive du Conseil 2008/98, art. 11, § 2, b), et 3)",
            ["11(2)(b)", "11(3)"],
        ),
        (
            "da",
            "overtrædelse af artikel 7, stk. 1-2, 4, 6 og 9, i forordning (EU) nr. 1013/2006",
            ["7", "7(4)", "7(6)", "7(9)"],
        ),
        # after a word that is only plural the numbers are paragraphs, however far apart
        (
            "it",
            "visto l'articolo 81, paragrafi 2 e 14, del regolamento (UE) n. 1013/2006,",
            ["81(2)", "81(14)"],
        ),
    ],
)
def test_the_paragraphs_of_a_list_belong_to_the_article_before_them(
    lang: str, text: str, expected: list[str]
) -> None:
    assert pins(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "naqset milli twettaq l-obbligi tagħha taħt l-Artikoli 3(b) u 6(2), meqjusa flimkien "
            "mal-punt (c) tal-Anness III tad-Direttiva 2008/98/KE.",
        ),
        (
            "en",
            "failed to fulfil its obligations under Articles 3(b) and 6(2), read in conjunction "
            "with point (c) of Annex III to Directive 2008/98/EC.",
        ),
    ],
)
def test_a_point_of_an_annex_after_and_is_the_annex(lang: str, text: str) -> None:
    assert pins(text, lang) == ["3(b)", "6(2)", "annex-III"]
