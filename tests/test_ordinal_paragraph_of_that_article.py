"""An unnumbered paragraph counted by position with no article of its own ("the third
paragraph of that Article", nl "het derde lid van dat artikel") is a paragraph of the
article cited just before, as "paragraph 3 of that Article" is; alone it is nothing."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Article 6 of Directive 92/43/EEC protects sites; the fourth paragraph of that "
            "Article allows exceptions.",
            ["CELEX:31992L0043:6", "CELEX:31992L0043:6(4)"],
        ),
        (
            "nl",
            "Artikel 4, eerste lid, van Richtlijn (EU) 2019/1152 verplicht de werkgever; de "
            "minimale informatie staat in het tweede lid van dat artikel.",
            ["CELEX:32019L1152:4(1)", "CELEX:32019L1152:4(2)"],
        ),
        (
            "nl",
            "Artikel 57 van Richtlijn 2014/24/EU regelt de uitsluiting; zie ook het vierde lid, "
            "onder c, van dat artikel.",
            ["CELEX:32014L0024:57", "CELEX:32014L0024:57(4)(c)"],
        ),
        (
            "de",
            "Artikel 6 der Richtlinie 92/43/EWG regelt den Gebietsschutz; der vierte Absatz "
            "dieses Artikels erlaubt Ausnahmen.",
            ["CELEX:31992L0043:6", "CELEX:31992L0043:6(4)"],
        ),
        (
            "sl",
            "Člen 6 Direktive Sveta 92/43/EGS ureja varstvo območij; tretji odstavek istega "
            "člena določa presojo.",
            ["CELEX:31992L0043:6", "CELEX:31992L0043:6(3)"],
        ),
    ],
)
def test_ordinal_paragraph_of_that_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no anaphor: the document's own paragraph, never the article before
        (
            "en",
            "Article 6 of Directive 92/43/EEC protects sites. The third paragraph sets out "
            "the conclusions.",
            ["CELEX:31992L0043:6"],
        ),
        (
            "nl",
            "Artikel 6 van Richtlijn 92/43/EEG regelt de bescherming. Het derde lid bevat de "
            "conclusies.",
            ["CELEX:31992L0043:6"],
        ),
        ("en", "The Commission adopted its report. The second paragraph lists the steps.", []),
    ],
)
def test_ordinal_paragraph_alone_is_nothing(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
