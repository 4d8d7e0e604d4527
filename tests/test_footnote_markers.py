"""Footnote markers a reader skips, glued to what they annotate: in square brackets after
an article number (et "artiklitele 26[1] ja 114.[2]", de "Art. 26[1] und 114[2] AEUV"),
in round brackets after the comma that closes an act's name (fi "direktiivin
2006/112/EY,(2) sellaisena kuin …"); and an act "as amended by" another between commas
before the articles that follow it (genitive first: the amended act's articles)."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.clean import clean


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Õigusliku alusena viitab komisjon ELi toimimise lepingu artiklitele 26[3] ja "
            "114.[4] Maksetähtajad on liikmesriikides sätestatud seadusega.",
            [("TFEU:26", "artiklitele 26"), ("TFEU:114", "114")],
        ),
        (
            "de",
            "Die Kommission stützt den Vorschlag auf Art. 26[1] und 114[2] AEUV.",
            [("TFEU:26", "Art. 26"), ("TFEU:114", "114")],
        ),
        (
            "en",
            "The legal basis of the proposal is Articles 26[5] and 114[6] TFEU.",
            [("TFEU:26", "Articles 26"), ("TFEU:114", "114")],
        ),
    ],
)
def test_square_bracketed_marker_after_an_article_number(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


def test_masked_markers_keep_the_view_length_and_only_glued_brackets() -> None:
    text = "artiklitele 26[1] ja 114.[2] EY,(3) sellaisena [4] lista ([5]) [[6]] 1,(7) (8)"
    view = clean(text).view
    assert len(view) == len(text)
    assert view == (
        "artiklitele 26    ja 114.    EY,    sellaisena [4] lista ([5]) [[6]] 1,(7) (8)"
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Yhteisestä arvonlisäverojärjestelmästä annetun neuvoston direktiivin 2006/112/EY,(2) "
            "sellaisena kuin se on muutettuna neuvoston direktiivillä 2008/8/EY,(3) 2 artiklan 1 "
            "kohdan c alakohdassa säädetään seuraavaa:",
        ),
        (
            "fi",
            "neuvoston direktiivin 2006/112/EY, sellaisena kuin se on muutettuna neuvoston "
            "direktiivillä 2008/8/EY, 2 artiklan 1 kohdan c alakohdassa säädetään seuraavaa:",
        ),
        (
            "et",
            "Nõukogu direktiivi 2006/112/EÜ, muudetud nõukogu direktiiviga 2008/8/EÜ, artikli 2 "
            "lõike 1 punktis c on sätestatud järgmist:",
        ),
        (
            "lt",
            "Tarybos direktyvos 2006/112/EB, iš dalies pakeistos Tarybos direktyva 2008/8/EB, 2 "
            "straipsnio 1 dalies c punkte nustatyta:",
        ),
    ],
)
def test_articles_after_an_as_amended_clause_are_the_amended_acts(lang: str, text: str) -> None:
    keys = [key for key, _ in _found(text, lang)]
    # the amending act is cited; the amended one completes the article (one citation)
    assert keys == ["CELEX:32008L0008", "CELEX:32006L0112:2(1)(c)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the amending act in the genitive right before the article is its own
        (
            "fi",
            "direktiivin 2006/112/EY, sellaisena kuin se on muutettuna, direktiivin 2008/8/EY "
            "2 artiklassa säädetään",
            ["CELEX:32006L0112", "CELEX:32008L0008:2"],
        ),
        # a clause that says nothing of amendments still ends the act's reach
        (
            "fi",
            "direktiivin 2006/112/EY, jonka neuvosto hyväksyi direktiivillä 2008/8/EY, 2 "
            "artiklassa",
            ["CELEX:32006L0112", "CELEX:32008L0008", "CELEX:32008L0008:2"],
        ),
    ],
)
def test_articles_right_after_another_act_stay_its(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [key for key, _ in _found(text, lang)] == expected
