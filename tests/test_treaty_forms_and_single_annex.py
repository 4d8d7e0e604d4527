"""Treaty and Charter names in further case forms and spellings, "in particular"
linkers that end with a preposition, and the single unnumbered annex of an act named by a
reference word."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "Gelet op het Verdrag tot oprichting van de Europese Economische Gemeenschap, "
            "inzonderheid op artikel 118 A,\n\nGezien het voorstel van de Commissie,",
            ["TEC", "TEC:118a"],
        ),
        (
            "nl",
            "Gelet op het Verdrag tot oprichting van de Europese Gemeenschap, en in het "
            "bijzonder op de artikelen 95 en 100,\n\nGezien het advies,",
            ["TEC", "TEC:95", "TEC:100"],
        ),
        (
            "it",
            "Visto il trattato che istituisce la Comunità europea, e in particolare "
            "all'articolo 95,\n\nVista la proposta della Commissione,",
            ["TEC", "TEC:95"],
        ),
        (
            "it",
            "Visto il trattato che istituisce la Comunità europea, in particolare agli "
            "articoli 95 e 100,\n\nVista la proposta,",
            ["TEC", "TEC:95", "TEC:100"],
        ),
    ],
)
def test_in_particular_with_a_preposition_links_the_articles(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys


def test_in_particular_with_a_preposition_needs_an_instrument() -> None:
    text = "Het bedrijf richt zich inzonderheid op de artikelen 5 en 6 van de statuten."
    assert _keys(text, "nl") == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "h) Rechtsbasis\nArtikels 114 en 207 Verdrag betreffende de werking van de "
            "Europese Unie (VWEU)\ni) Besluitvormingsprocedure Raad",
            ["TFEU:114", "TFEU:207"],
        ),
        ("De artikels 101 en 102 VWEU verbieden kartels.", ["TFEU:101", "TFEU:102"]),
    ],
)
def test_nl_plural_artikels_is_an_article_word(text: str, keys: list[str]) -> None:
    assert _keys(text, "nl") == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sk",
            "so zreteľom na zmluvu zakladajúcu Európske spoločenstvo, a najmä na jej "
            "článok 175 ods. 1,",
            ["TEC", "TEC:175(1)"],
        ),
        (
            "sk",
            "podľa článku 95 Zmluvy zakladajúcej Európske hospodárske spoločenstvo",
            ["TEC:95"],
        ),
        (
            "sk",
            "so zreteľom na Zmluvu zakladajúcu Európske spoločenstvo pre atómovú energiu, "
            "a najmä na jej článok 31,",
            ["EAEC", "EAEC:31"],
        ),
        (
            "mt",
            "il-prinċipji rikonoxxuti mill-Karta tad-Drittijiet Fondamentali ta' l-Unjoni "
            "Ewropea. B'mod partikolari",
            ["CFR"],
        ),
        (
            "mt",
            "skont il-Konvenzjoni Ewropea għall-Protezzjoni tad-Drittijiet tal-Bniedem u "
            "tal-Libertajiet Fondamentali, li",
            ["ECHR"],
        ),
        (
            "fi",
            "kuten todetaan Yhdistyneiden Kansakuntien vuoden 1989 yleissopimuksessa "
            "lapsen oikeuksista ja muualla",
            ["CRC"],
        ),
    ],
)
def test_treaty_and_convention_names_in_other_forms(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_a_founding_contract_of_a_company_is_no_treaty() -> None:
    text = "so zreteľom na zmluvu zakladajúcu obchodnú spoločnosť a najmä na jej článok 5"
    assert _keys(text, "sk") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "This Decision applies to Directive 2010/131/EU; see the Annex to that "
            "Directive. Everything else",
        ),
        ("fr", "La directive 2010/131/UE et l'annexe de ladite directive. Pour le reste"),
        ("de", "die Richtlinie 2010/131/EU und der Anhang der genannten Richtlinie. Im Übrigen"),
        (
            "it",
            "la direttiva 2010/131/UE sugli alimenti (Parte B Allegato alla Direttiva), prevedere",
        ),
    ],
)
def test_single_annex_of_the_act_a_reference_word_names(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32010L0131", "CELEX:32010L0131:annex-1"]


@pytest.mark.parametrize(
    "text",
    [
        # plural: the annexes as a whole, no single annex
        "This Decision applies to Directive 2010/131/EU; see the Annexes to that Directive.",
        # no directive cited before the reference word
        "See the Annex to that Directive. Everything else",
    ],
)
def test_unnumbered_annex_words_that_cite_no_single_annex(text: str) -> None:
    assert not any(":annex-" in key for key in _keys(text, "en"))
