"""A short name in the genitive with its act and the act's title in brackets, then the
article (da "FDI-forordningens (Europa-Parlamentets og Rådets forordning (EU) 2019/452
om … i Unionen) artikel 2"): the article is the bracketed act's. Only the one act
that opens the brackets; an "of" word after the article still wins."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


R452 = "CELEX:32019R0452"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "da",
            "Ifølge FDI-forordningens (Europa-Parlamentets og Rådets forordning (EU) 2019/452 "
            "om et regelsæt for screening af udenlandske direkte investeringer i Unionen) "
            "artikel 2, nr. 4, defineres en screeningsmekanisme",
            [f"{R452}:2"],
        ),
        (
            "sv",
            "Enligt FDI-förordningens (Europaparlamentets och rådets förordning (EU) 2019/452 "
            "om upprättande av en ram för granskning) artikel 2.4 avses",
            [f"{R452}:2(4)"],
        ),
        (
            "nl",
            "Volgens de FDI-verordening (Verordening (EU) 2019/452 tot vaststelling van een "
            "kader) artikel 2, punt 4",
            [f"{R452}:2"],
        ),
    ],
)
def test_the_article_after_the_brackets_is_the_bracketed_acts(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two acts in the brackets: neither is the article's
        (
            "Ifølge forordningernes (forordning (EU) 2019/452 og forordning (EU) 2021/821) "
            "artikel 2 gælder",
            [R452, "CELEX:32021R0821"],
        ),
        # an "of" word after the article names its instrument
        (
            "Ifølge reglerne (se forordning (EU) 2019/452 om screening) artikel 2 i direktiv "
            "2014/24/EU",
            [R452, "CELEX:32014L0024:2"],
        ),
    ],
)
def test_other_brackets_keep_their_acts(text: str, expected: list[str]) -> None:
    assert keys(text, "da") == expected
