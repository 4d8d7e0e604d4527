"""A former article number glossed in brackets with an adverb ("formerly", de
"früher", fr "anciennement", nl "voorheen") between an article and its Treaty, like
"(ex Article 39 TEC)": the article is the Treaty's named after the bracket, the
bracket's own article the old Treaty's."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Free movement of workers is laid down in Article 45 (formerly Article 39 EC) "
            "of the Treaty on the Functioning of the European Union.",
        ),
        (
            "de",
            "Die Freizügigkeit ist in Artikel 45 (früher Artikel 39 EGV) des Vertrags über "
            "die Arbeitsweise der Europäischen Union verankert.",
        ),
        (
            "fr",
            "La libre circulation est inscrite à l'article 45 (anciennement article 39 CE) "
            "du traité sur le fonctionnement de l'Union européenne.",
        ),
        (
            "nl",
            "Het vrije verkeer is neergelegd in artikel 45 (voorheen artikel 39 EG) van het "
            "Verdrag betreffende de werking van de Europese Unie.",
        ),
    ],
)
def test_former_number_glossed_with_an_adverb(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["TFEU:45", "TEC:39"]


def test_a_bracket_without_a_former_number_is_no_gloss() -> None:
    text = "Article 5 (formerly the Staff Regulations) of Regulation (EU) No 1023/2013 applies."
    assert _keys(text, "en") == ["CELEX:32013R1023:5"]
