"""The relative "whose" before a number-first chain (fi "jonka", hu "amelynek", et
"mille", lv "kuras", lt "kurio"; ``relative_possessive``) pins the instrument named
right before it, as en "whose Article 23" does."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_KEYS = ["CELEX:32003R0001", "CELEX:32003R0001:23(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Sakoista säädetään neuvoston asetuksessa (EY) N:o 1/2003, jonka 23 artiklan 2 kohta "
            "on keskeinen.",
        ),
        (
            "hu",
            "Bírságot az 1/2003/EK tanácsi rendelet ír elő, amelynek 23. cikke (2) bekezdése a "
            "felső határt is rögzíti.",
        ),
        (
            "et",
            "Trahve reguleerib nõukogu määrus (EÜ) nr 1/2003, mille artikli 23 lõige 2 seab "
            "ülempiiri.",
        ),
        (
            "lv",
            "Sodus nosaka Padomes Regula (EK) Nr. 1/2003, kuras 23. panta 2. punkts paredz robežu.",
        ),
        (
            "lt",
            "Baudas nustato Tarybos reglamentas (EB) Nr. 1/2003, kurio 23 straipsnio 2 dalis "
            "nustato ribą.",
        ),
    ],
)
def test_whose_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == _KEYS


def test_fi_relative_pronoun_with_no_instrument_before() -> None:
    assert _keys("Laki, jonka 5 artiklaa sovelletaan, on kansallinen.", "fi") == []
