"""The Paris Agreement under the names the press and companies give it: an audit firm's
page "de doelen uit het Parijse klimaatakkoord" gave nothing; so did de "Pariser
Klimavertrag", et "Pariisi kliimalepe", lv "Parīzes klimata vienošanās", en "Paris
Accord", and the plural fr "accords de Paris sur le climat" (it, es likewise). The forms
are PARIS-AGREEMENT names in the language data; a plural without the climate (fr "les
accords de Paris de 1973", the Vietnam peace accords) stays none."""

from __future__ import annotations

import pytest

import citeresolve

P = "PARIS-AGREEMENT"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "bij te dragen aan het behalen van de doelen uit het Parijse klimaatakkoord.",
        ),
        ("nl", "sinds het Parijs Akkoord van 2015"),
        ("de", "die Ziele des Pariser Klimavertrags"),
        ("de", "das Klimaabkommen von Paris"),
        ("et", "Pariisi kliimaleppe eesmärgid"),
        ("lv", "Parīzes klimata vienošanās mērķi"),
        ("en", "the goals of the Paris Accord"),
        ("fr", "les accords de Paris sur le climat"),
        ("it", "gli accordi di Parigi sul clima"),
        ("es", "los Acuerdos de París sobre el clima"),
    ],
)
def test_press_names(lang: str, text: str) -> None:
    assert _keys(text, lang) == [P]


def test_article_of_the_accord() -> None:
    assert _keys("Article 2 of the Paris Accord", "en") == [f"{P}:2"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "les accords de Paris de 1973 sur le Vietnam"),
        ("nl", "de Parijse metro en het Parijse stadhuis"),
        ("lv", "Parīzes vienošanās par mieru 1973. gadā"),
    ],
)
def test_other_paris_accords(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
