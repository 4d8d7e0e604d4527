"""A damaged item does not sink the rest of an article list: two article numbers with
no separator between them (pt "artigos 42.º 43.º, n.º 2") are two items, and a unit
word whose ending a stray space split off (ro "alineat ul (2)", "articol ului", hu
"cikk ének") is still the word."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "Tendo em conta os artigos 114.º, n.º 1, 42.º 43.º, n.º 2, 91.º e 192.º do "
            "Tratado sobre o Funcionamento da União Europeia,",
            ["TFEU:114(1)", "TFEU:42", "TFEU:43(2)", "TFEU:91", "TFEU:192"],
        ),
        (
            "pt",
            "Tendo em conta os artigos 42.º 43.º e 349.º do TFUE,",
            ["TFEU:42", "TFEU:43", "TFEU:349"],
        ),
        (
            "ro",
            "având în vedere articolul 114 alineat ul (1), articolul 192 alineatul (2) și "
            "articolul 349 din Tratatul privind funcționarea Uniunii Europene,",
            ["TFEU:114(1)", "TFEU:192(2)", "TFEU:349"],
        ),
        (
            "ro",
            "în temeiul articol ului 5 alineatul (2) și al articolului 7 din TFUE",
            ["TFEU:5(2)", "TFEU:7"],
        ),
        (
            "hu",
            "az EUMSZ 5. cikk ének (2) bekezdése és 7. cikke alapján",
            ["TFEU:5(2)", "TFEU:7"],
        ),
    ],
)
def test_damaged_item_keeps_the_list(lang: str, text: str, keys: list[str]) -> None:
    assert sorted(_keys(text, lang)) == sorted(keys)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # national law: the list is read, but no Treaty or EU act owns it
        ("pt", "Nos termos dos artigos 42.º 43.º da Lei n.º 7/2009, de 12 de fevereiro,"),
        # an unmarked number after a marked one is no article
        ("pt", "o artigo 5.º 2 da Lei n.º 7/2009"),
        # a short word after a unit word that does not make a unit word with it
        ("ro", "conform articolului 5 din Legea nr. 31/1990 alineat un text nou"),
    ],
)
def test_no_eu_citation(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "cited"),
    [
        ("hu", "Az EUMSZ 344. cikkel való összeegyeztethetőség", "344. cikkel"),
        (
            "lt",
            "Europos Sąjungos veikimo sutarties 136 straipsnis buvo papildytas nauja dalimi",
            "136 straipsnis",
        ),
        ("ro", "articolul 5 alineatul (2) din TFUE se aplică", "articolul 5 alineatul (2)"),
    ],
)
def test_word_after_a_unit_word_stays_out(lang: str, text: str, cited: str) -> None:
    """A short word after a unit word and no number after it is no lost ending."""
    assert [c.text for c in extract(text, lang=lang) if ":" in c.key][:1] == [cited]
