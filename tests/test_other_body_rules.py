"""Another body's own Rules of Procedure in its opinions are no EP-RULES citation."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Euroopan talous- ja sosiaalikomitea päätti 3. maaliskuuta 2011 "
            "työjärjestyksensä 29 artiklan 2 kohdan nojalla laatia lausunnon.",
        ),
        (
            "de",
            "Der Europäische Wirtschafts- und Sozialausschuss beschloss am 3. März 2011, "
            "gemäß Artikel 29 Absatz 2 seiner Geschäftsordnung eine Stellungnahme zu erarbeiten.",
        ),
        (
            "fr",
            "Le 3 mars 2011, le Comité économique et social européen a décidé, conformément "
            "à l'article 29, paragraphe 2, de son règlement intérieur, d'élaborer un avis.",
        ),
        (
            "sv",
            "Europeiska ekonomiska och sociala kommittén beslutade den 3 mars 2011 att i "
            "enlighet med artikel 29.2 i arbetsordningen utarbeta ett yttrande.",
        ),
    ],
)
def test_committee_subject_owns_its_rules(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "da",
            "Ordfører:\n\nJens HANSEN\n\nPlenarforsamlingens beslutning\n\n14.2.2023\n\n"
            "Retsgrundlag\n\nForretningsordenens artikel 52, stk. 2\n\nInitiativudtalelse",
        ),
        (
            "fi",
            "Esittelijä:\n\nMatti VIRTANEN\n\nTäysistunnon päätös\n\n14.2.2023\n\n"
            "Oikeusperusta\n\nTyöjärjestyksen 52 artiklan 2 kohta\n\nOma-aloitteinen lausunto",
        ),
        (
            "de",
            "Berichterstatter:\n\nHans MÜLLER\n\nBeschluss des Plenums\n\n14.2.2023\n\n"
            "Rechtsgrundlage\n\nArtikel 52 Absatz 2 der Geschäftsordnung\n\nInitiativstellungnahme",
        ),
    ],
)
def test_opinion_cover_block_rules_are_the_committees(lang: str, text: str) -> None:
    assert _keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # The Parliament itself deciding under its Rules.
        (
            "fi",
            "Euroopan parlamentti päätti työjärjestyksensä 29 artiklan 2 kohdan nojalla "
            "antaa mietinnön.",
            "EP-RULES:29(2)",
        ),
        # The committee's opinion on one line, the Parliament's Rules on the next.
        (
            "da",
            "– der henviser til udtalelse fra Det Europæiske Økonomiske og Sociale Udvalg,\n"
            "– der henviser til forretningsordenens artikel 59,",
            "EP-RULES:59",
        ),
        (
            "de",
            "– unter Hinweis auf die Stellungnahme des Europäischen Wirtschafts- und "
            "Sozialausschusses,\n– gestützt auf Artikel 59 seiner Geschäftsordnung,",
            "EP-RULES:59",
        ),
        (
            "fr",
            "– vu l'avis du Comité économique et social européen,\n"
            "– vu l'article 59 de son règlement intérieur,",
            "EP-RULES:59",
        ),
    ],
)
def test_parliaments_rules_stay(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang)
