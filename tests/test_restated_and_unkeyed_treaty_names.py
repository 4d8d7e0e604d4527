"""Names that are no second citation, and a treaty the contract does not key:

* a definition label in square brackets after a consolidated text's OJ reference (pl
  "[dalej: TFUE]") defines a short name, as one in round brackets does;
* the full name glossing the abbreviation just cited (it "articolo 267 del TFUE Trattato
  sul funzionamento dell'Unione europea") and the name whose abbreviation opens the
  bracket after it before an article (it "Trattato sull'Unione europea (TUE, art. 2)")
  are one citation with it;
* an article of the ECSC Treaty (sv "EKSG-fördraget", fr "traité CECA") borrows no other
  treaty named before it."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "art. 258 Traktatu o funkcjonowaniu Unii Europejskiej (wersja skonsolidowana: "
            "Dz. Urz. UE 2012 C 326, s. 47 [dalej: TFUE]) stanowi",
            ["TFEU:258", "OJ:C:2012:326:47"],
        ),
        (
            "en",
            "Article 258 of the Treaty on the Functioning of the European Union (consolidated "
            "version: OJ 2012 C 326, p. 47 [hereinafter: TFEU]) provides",
            ["TFEU:258", "OJ:C:2012:326:47"],
        ),
        (
            "de",
            "Art. 258 des Vertrags über die Arbeitsweise der Europäischen Union (konsolidierte "
            "Fassung: ABl. 2012, C 326, S. 47 [im Folgenden: AEUV]) bestimmt",
            ["TFEU:258", "OJ:C:2012:326:47"],
        ),
    ],
)
def test_square_bracket_definition_is_no_citation(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "ha sollevato, ai sensi dell'articolo 258 del TFUE Trattato sul funzionamento "
            "dell'Unione europea, una questione",
            ["TFEU:258"],
        ),
        (
            "en",
            "referred, under Article 258 TFEU Treaty on the Functioning of the European "
            "Union, a question",
            ["TFEU:258"],
        ),
        (
            "de",
            "gemäß Art. 258 AEUV Vertrag über die Arbeitsweise der Europäischen Union eine Frage",
            ["TFEU:258"],
        ),
        (
            "it",
            "è sancito dal Trattato sull'Unione europea (TUE, art. 3) tra gli obiettivi",
            ["TEU:3"],
        ),
        ("fr", "est consacré par le traité sur l'Union européenne (TUE, art. 3) parmi", ["TEU:3"]),
        ("de", "wird im Vertrag über die Europäische Union (EUV, Art. 3) genannt", ["TEU:3"]),
    ],
)
def test_restated_name_is_one_citation(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a heading on its own line after the abbreviation stays a citation of its own
        ("en", "under the TFEU\nTreaty on the Functioning of the European Union", ["TFEU", "TFEU"]),
        # the name defined by its abbreviation alone stays one citation
        ("it", "dal Trattato sull'Unione europea (TUE) tra i valori", ["TEU"]),
        # another Treaty's name right after an abbreviation: both stay
        ("en", "under Article 258 TFEU Treaty on European Union rules", ["TFEU:258", "TEU"]),
    ],
)
def test_names_beside_other_mentions_stay(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "på grundval av artikel 235 i EEG-fördraget, artikel 95 i EKSG-fördraget och "
            "artikel 203 i Euratomfördraget",
            ["TEC:235", "EAEC:203"],
        ),
        (
            "da",
            "på grundlag af artikel 235 i EØF-traktaten, artikel 95 i EKSF-traktaten og "
            "artikel 203 i Euratomtraktaten",
            ["TEC:235", "EAEC:203"],
        ),
        (
            "fr",
            "vu l'article 235 du traité CEE, l'article 95 du traité CECA et l'article 203 du "
            "traité Euratom",
            ["TEC:235", "EAEC:203"],
        ),
        (
            "it",
            "visti l'articolo 235 del trattato CEE, l'articolo 95 del trattato CECA e "
            "l'articolo 203 del trattato Euratom",
            ["TEC:235", "EAEC:203"],
        ),
        (
            "es",
            "visto el artículo 235 del Tratado CEE, el artículo 95 del Tratado CECA y el "
            "artículo 203 del Tratado Euratom",
            ["TEC:235", "EAEC:203"],
        ),
    ],
)
def test_ecsc_treaty_article_borrows_no_other_treaty(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "l'article 235 du traité CEE et l'article 5 du traité", ["TEC:235", "TEC:5"]),
        ("sv", "artikel 235 i EEG-fördraget och artikel 5 i fördraget", ["TEC:235", "TEC:5"]),
    ],
)
def test_the_bare_treaty_word_still_takes_the_treaty_before(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
