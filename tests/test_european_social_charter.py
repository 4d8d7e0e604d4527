"""The Council of Europe's European Social Charter is no instrument any key covers, but
its name begins or ends with the Charter's short form in ten languages, and its articles
were read as the EU Charter's: nl "onder de bescherming van artikel 6, aanhef en onder 4
van het Europees Sociaal Handvest" (a Dutch court's summary of a strike case) gave
CFR:6, fr "Article 17 de la Charte sociale révisée" (a journal's keywords on collective
complaints) CFR:17, it "ai sensi dell'art. 25 della Carta sociale europea del 1961" (a
university human-rights centre) CFR:25; es, pt, sv, lt, lv, mt, ga alike. The Social
Charter's words are ``other_instrument_tails`` (fr, it, es, pt, mt, ga) or
``other_instrument_heads`` (nl, sv, lt, lv) of the CFR in those languages: the whole is
that other instrument, neither cited nor taking the article. The EU Charter's names stay
keyed."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "De kantonrechter oordeelde dat de acties van de FNV onder de bescherming van "
            "artikel 6, aanhef en onder 4 van het Europees Sociaal Handvest vallen, wat "
            "betekent dat de vakbond het recht heeft om collectieve acties te ondernemen.",
        ),
        (
            "fr",
            "Mots clés : Article 17 de la Charte sociale révisée, droit à l’assistance "
            "sociale et médicale",
        ),
        (
            "fr",
            "la partie requérante contestait la violation, par l’ensemble des États "
            "défendeurs, de l’article 17 de la Charte sociale européenne révisée qui "
            "consacre le droit des enfants et des adolescents à une protection sociale",
        ),
        (
            "it",
            "Il Comitato europeo dei diritti sociali del Consiglio d’Europa (CEDS) è stato "
            "istituito ai sensi dell’art. 25 della Carta sociale europea del 1961",
        ),
        ("es", "conforme al artículo 6 de la Carta Social Europea"),
        ("pt", "nos termos do artigo 6.º da Carta Social Europeia"),
        ("sv", "enligt artikel 6 i den europeiska sociala stadgan"),
        ("lt", "pagal Europos socialinės chartijos 6 straipsnį"),
        ("lv", "saskaņā ar Eiropas Sociālās hartas 6. pantu"),
        ("mt", "skont l-Artikolu 6 tal-Karta Soċjali Ewropea"),
        ("ga", "faoi Airteagal 6 den Chairt Shóisialta Eorpach"),
    ],
)
def test_the_social_charters_articles_are_no_eu_charter_articles(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "l'article 31 de la Charte des droits fondamentaux de l'Union européenne"),
        ("it", "l'articolo 31 della Carta dei diritti fondamentali dell'Unione europea"),
        ("nl", "artikel 31 van het Handvest van de grondrechten van de Europese Unie"),
        ("es", "el artículo 31 de la Carta de los Derechos Fundamentales de la Unión Europea"),
        ("pt", "o artigo 31.º da Carta dos Direitos Fundamentais da União Europeia"),
        ("sv", "artikel 31 i Europeiska unionens stadga om de grundläggande rättigheterna"),
        ("lt", "Europos Sąjungos pagrindinių teisių chartijos 31 straipsnis"),
        ("lv", "Eiropas Savienības Pamattiesību hartas 31. pants"),
        ("mt", "l-Artikolu 31 tal-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea"),
    ],
)
def test_the_eu_charter_stays_keyed(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CFR:31"]
