"""A reference line that names an act, "as amended by" another and then articles after a
comma cites the articles of the act as amended, not of the amending act (en "(Council
Regulation No 1234/2007, as amended by Regulation No 72/2009, Article 65(b))"; the words
are ``amended_by`` of data/context_words.toml)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "(Council Regulation No 1234/2007, as amended by Regulation No 72/2009,"
            " Article 65(b) and Article 66(2))",
        ),
        (
            "fr",
            "(règlement n° 1234/2007 du Conseil, tel que modifié par le règlement n° 72/2009,"
            " article 65, sous b), et article 66, paragraphe 2)",
        ),
        (
            "es",
            "(Reglamento n.º 1234/2007 del Consejo, modificado por el Reglamento n.º 72/2009,"
            " artículo 65, letra b), y artículo 66, apartado 2)",
        ),
        (
            "it",
            "(regolamento n. 1234/2007 del Consiglio, come modificato dal regolamento n. 72/2009,"
            " articolo 65, lettera b), e articolo 66, paragrafo 2)",
        ),
    ],
)
def test_the_articles_are_the_amended_acts(lang: str, text: str) -> None:
    assert keys(text, lang) == [
        "CELEX:32007R1234",
        "CELEX:32009R0072",
        "CELEX:32007R1234:65(b)",
        "CELEX:32007R1234:66(2)",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Two acts with no amending words between: the articles are the last one's.
        (
            "en",
            "(Regulation No 1234/2007, Regulation No 72/2009, Article 65(b))",
            ["CELEX:32007R1234", "CELEX:32009R0072", "CELEX:32009R0072:65(b)"],
        ),
        (
            "fr",
            "(règlement n° 1234/2007, règlement n° 72/2009, article 65, sous b))",
            ["CELEX:32007R1234", "CELEX:32009R0072", "CELEX:32009R0072:65(b)"],
        ),
        # Amending words in another sentence join nothing.
        (
            "en",
            "Regulation No 1234/2007 as amended by Regulation No 72/2009. Regulation No"
            " 44/2001, Article 5",
            ["CELEX:32007R1234", "CELEX:32009R0072", "CELEX:32001R0044", "CELEX:32001R0044:5"],
        ),
    ],
)
def test_other_lines_keep_the_act_before_the_comma(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
