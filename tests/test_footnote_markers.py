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


def test_spaced_inside_markers_are_masked_once_and_keep_the_view_length() -> None:
    """EUR-Lex's "( 2 )" is masked; "(2)" and "( a )" are not; a marker that the visa
    rule also finds is masked once (the view keeps the text's length)."""
    text = "het advies van het Comité ( 1 ),\nartikel 251 ( 2 ),\n(1) artikel 5 (4) ( a ) ( 13 )."
    view = clean(text).view
    assert len(view) == len(text)
    assert view == (
        "het advies van het Comité      ,\nartikel 251      ,\n(1) artikel 5 (4) ( a )       ."
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


def _treaty_keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("TEC:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The visas' footnotes run (1), (2) at their lines' ends; the next marker after
        # an article number is the third, not its paragraph 3.
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europæiske Fællesskab, særlig "
            "artikel 95,\n\nunder henvisning til udtalelse fra Den Europæiske Centralbank (1),\n\n"
            "under henvisning til udtalelse fra Regionsudvalget (2),\n\n"
            "efter proceduren i traktatens artikel 251 (3), og\n\nud fra følgende betragtninger:",
            ["TEC:95", "TEC:251"],
        ),
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 175. pantu,\n\n"
            "ņemot vērā Reģionu komitejas atzinumu (1),\n\n"
            "saskaņā ar Līguma 251. pantā (2) noteikto procedūru,\n\ntā kā:",
            ["TEC:175", "TEC:251"],
        ),
        (
            "lt",
            "atsižvelgdami į Europos bendrijos steigimo sutartį, ypač į jos 175 straipsnį,\n\n"
            "atsižvelgdami į Regionų komiteto nuomonę (1),\n\n"
            "laikydamiesi Sutarties 251 straipsnyje (2) nustatytos tvarkos,\n\nkadangi:",
            ["TEC:175", "TEC:251"],
        ),
    ],
)
def test_a_visa_footnote_marker_after_an_article_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _treaty_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # No visa marker one less before it: the paragraph.
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europæiske Fællesskab, særlig "
            "artikel 95 (3), og\n\nud fra følgende betragtninger:",
            ["TEC:95(3)"],
        ),
        (
            "lt",
            "atsižvelgdami į Europos bendrijos steigimo sutartį, ypač į jos 175 straipsnį,\n\n"
            "laikydamiesi Sutarties 251 straipsnyje (2) nustatytos tvarkos,\n\nkadangi:",
            ["TEC:175", "TEC:251(2)"],
        ),
        # The marker before it does not end its line: the paragraph.
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 175. panta (1) "
            "punktu un 95. pantā (2) noteikto procedūru,",
            ["TEC:175(1)", "TEC:95(2)"],
        ),
        # The same number after it is the visa's marker: the paragraph stays.
        (
            "en",
            "Having regard to the opinion of the Committee of the Regions (1),\n"
            "Having regard to the Treaty establishing the European Community, and in particular "
            "Article 5 (2) thereof (2),\nWhereas:",
            ["TEC:5(2)"],
        ),
        # The line goes on with more than a few words: the paragraph stays.
        (
            "en",
            "Having regard to the opinion of the Committee of the Regions (1),\n"
            "Having regard to the Treaty establishing the European Community, and in particular "
            "Article 5 (2) of that Treaty, which lays down the principle,\n",
            ["TEC:5(2)"],
        ),
    ],
)
def test_a_spaced_paragraph_in_a_visa_stays_a_paragraph(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _treaty_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The visas' markers are glued to the words they annotate; the next one is glued
        # to the article number as a paragraph would be, and the line goes on after a
        # comma.
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europæiske Fællesskab, særlig "
            "artikel 152,\n\nunder henvisning til udtalelse fra Det Økonomiske og Sociale "
            "Udvalg(1),\n\nunder henvisning til udtalelse fra Regionsudvalget(2),\n\n"
            "efter proceduren i traktatens artikel 251(3), på grundlag af Forligsudvalgets "
            "fælles udkast af 4. marts 2004, og\n\nud fra følgende betragtninger:",
            ["TEC:152", "TEC:251"],
        ),
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 95. pantu,\n\n"
            "ņemot vērā Eiropas Ekonomikas un sociālo lietu komitejas atzinumu(1),\n\n"
            "saskaņā ar Līguma 251. pantā(2) noteikto procedūru,\n\ntā kā:",
            ["TEC:95", "TEC:251"],
        ),
        (
            "lt",
            "atsižvelgdami į Europos bendrijos steigimo sutartį, ypač į jos 95 straipsnį,\n\n"
            "atsižvelgdami į Europos ekonomikos ir socialinių reikalų komiteto nuomonę(1),\n\n"
            "laikydamiesi Sutarties 251 straipsnyje(2) nustatytos tvarkos,\n\nkadangi:",
            ["TEC:95", "TEC:251"],
        ),
        # An article inserted by the Maastricht Treaty, its letter a capital set apart.
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europæiske Fællesskab, særlig "
            "artikel 100 A,\n\nunder henvisning til udtalelse fra Det Økonomiske og Sociale "
            "Udvalg (1),\n\ni henhold til fremgangsmåden i traktatens artikel 189 B (2), og\n\n"
            "ud fra følgende betragtninger:",
            ["TEC:100a", "TEC:189b"],
        ),
    ],
)
def test_a_visa_footnote_marker_glued_to_an_article_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _treaty_keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The marker one less is glued to a number, not to a word: both are paragraphs.
        (
            "da",
            "under henvisning til traktaten om oprettelse af Det Europæiske Fællesskab, særlig "
            "artikel 95(1),\n\nefter proceduren i traktatens artikel 251(2), og\n\n"
            "ud fra følgende betragtninger:",
            ["TEC:95(1)", "TEC:251(2)"],
        ),
        # No marker one less before it: the paragraph.
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 95. pantu,\n\n"
            "saskaņā ar Līguma 251. pantā(2) noteikto procedūru,\n\ntā kā:",
            ["TEC:95", "TEC:251(2)"],
        ),
    ],
)
def test_a_glued_paragraph_in_a_visa_stays_a_paragraph(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _treaty_keys(text, lang) == expected
