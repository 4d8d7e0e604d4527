"""Points written before their article, in a subdivision counted by position ("point (d)
of the second subparagraph of Article 82(1)"), are the next article's: nl "en letter d)
van de tweede alinea van artikel 82, lid 1", da "og litra d) i andet afsnit i artikel 82,
stk. 1", sv "och led d i andra stycket i artikel 82.1", fr "et le point d) du deuxième
alinéa de l'article 82", it "e la lettera d) del secondo comma dell'articolo 82" gave the
article before them a second paragraph (76(2)(b)). The subdivision is a subparagraph when
the article names its numbered paragraph (dropped), else the article's paragraph by
position."""

from __future__ import annotations

import pytest

import citeresolve

R679 = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "gelet op artikel 77, onder c), en letter a) van de tweede alinea van artikel 81,"
            " lid 2, van het Verdrag betreffende de werking van de Europese Unie",
            ["TFEU:77(c)", "TFEU:81(2)(a)"],
        ),
        (
            "da",
            "under henvisning til artikel 77, litra c), og litra a) i andet afsnit i artikel 81,"
            " stk. 2, i traktaten om Den Europæiske Unions funktionsmåde",
            ["TFEU:77(c)", "TFEU:81(2)(a)"],
        ),
        (
            "sv",
            "med beaktande av artikel 77 c och led a i andra stycket i artikel 81.2 i fördraget"
            " om Europeiska unionens funktionssätt",
            ["TFEU:77(c)", "TFEU:81(2)(a)"],
        ),
        # no numbered paragraph after the article: the subdivision is its paragraph
        (
            "nl",
            "artikel 5, onder a), en punt c) van de derde alinea van artikel 7 van"
            " Verordening (EU) 2016/679",
            [f"{R679}:5(a)", f"{R679}:7(3)(c)"],
        ),
        (
            "fr",
            "vu l'article 77, point c), et le point a) du deuxième alinéa de l'article 81,"
            " paragraphe 2, du traité sur le fonctionnement de l'Union européenne",
            ["TFEU:77(c)", "TFEU:81(2)(a)"],
        ),
        (
            "it",
            "visti l'articolo 77, lettera c), e la lettera a) del secondo comma dell'articolo 81,"
            " paragrafo 2, del trattato sul funzionamento dell'Unione europea",
            ["TFEU:77(c)", "TFEU:81(2)(a)"],
        ),
    ],
)
def test_points_before_a_subdivision_of_the_next_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
