"""Points that an article anaphor right after them names the article of: "points (a)
and (c) of that Article" after "Article 4 of Directive 2006/114/EC" are 4(a) and 4(c)
(cs "bodů a) a c) uvedeného článku", fr "des points a) et c) de cet article"), as
"paragraph 1 of that Article" is 4(1) and "points (b) and (c) of that paragraph" the
points of the paragraph cited before."""

from __future__ import annotations

import pytest

import citeresolve

_ACT = "CELEX:32006L0114"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The request concerns Article 4 of Directive 2006/114/EC. The court asks about"
            " points (a) and (c) of that Article.",
        ),
        (
            "cs",
            "Žádost se týká výkladu článku 4 směrnice 2006/114/ES. Soud se táže na výklad bodů"
            " a) a c) uvedeného článku.",
        ),
        (
            "fr",
            "La demande porte sur l'article 4 de la directive 2006/114/CE. La juridiction"
            " interroge la Cour sur les points a) et c) de cet article.",
        ),
    ],
)
def test_points_of_the_article_an_anaphor_names(lang: str, text: str) -> None:
    assert _keys(text, lang) == [f"{_ACT}:4", f"{_ACT}:4(a)", f"{_ACT}:4(c)"]


def test_points_of_that_paragraph_keep_the_paragraph() -> None:
    text = "Article 4(1) of Directive 2006/114/EC. See points (a) and (c) of that paragraph."
    assert _keys(text, "en") == [f"{_ACT}:4(1)", f"{_ACT}:4(1)(a)", f"{_ACT}:4(1)(c)"]


def test_points_with_no_anaphor_after_them_are_not_cited() -> None:
    text = "Article 4 of Directive 2006/114/EC. Points (a) and (c) apply to the advertiser."
    assert _keys(text, "en") == [f"{_ACT}:4"]
