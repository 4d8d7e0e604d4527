"""A Treaty's heading block (EUR-Lex): the line naming the Treaty, its Part and Title
lines, then the article alone on its line (its former number in brackets may follow).
The article is the Treaty's. A line with a number (an OJ page header), a sentence, a
block of more than three lines, or an act that is no Treaty keeps them apart."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "sv",
            "Konsoliderad version av fördraget om Europeiska unionens funktionssätt\n"
            "TREDJE DELEN - UNIONENS INTERNA POLITIK OCH VERKSAMHET\n"
            "AVDELNING VII - GEMENSAMMA REGLER\nArtikel 101\n"
            "Följande ska vara oförenligt med den inre marknaden",
            "TFEU:101",
        ),
        (
            "de",
            "Konsolidierte Fassung des Vertrags über die Arbeitsweise der Europäischen Union\n"
            "FÜNFTER TEIL - DAS AUSWÄRTIGE HANDELN DER UNION\n"
            "TITEL VII - SOLIDARITÄTSKLAUSEL\nArtikel 222\n"
            "Die Union und ihre Mitgliedstaaten handeln gemeinsam",
            "TFEU:222",
        ),
        (
            "pl",
            "Wersja skonsolidowana Traktatu o funkcjonowaniu Unii Europejskiej\n"
            "CZĘŚĆ SZÓSTA - POSTANOWIENIA INSTYTUCJONALNE I FINANSOWE\nArtykuł 263\n",
            "TFEU:263",
        ),
        (
            "fr",
            "Version consolidée du traité sur l'Union européenne\n"
            "TITRE VI - DISPOSITIONS FINALES\nArticle 50\nTout État membre peut décider",
            "TEU:50",
        ),
        (
            "ga",
            "Leagan comhdhlúite den Chonradh ar an Aontas Eorpach\n"
            "TEIDEAL VI - FORÁLACHA CRÍOCHNAITHEACHA\nAirteagal 50 (sean-Airteagal 49a CAE)\n",
            "TEU:50",
        ),
    ],
)
def test_article_under_a_treatys_heading_block(lang: str, text: str, key: str) -> None:
    assert key in keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # an OJ page header between: the page's article, no Treaty's heading
        (
            "sv",
            "Konsoliderad version av fördraget om Europeiska unionens funktionssätt\n"
            "C 202/148 |\nArtikel 222\n",
            "TFEU:222",
        ),
        # a sentence ends on the Treaty's line
        (
            "de",
            "Dies folgt aus dem Vertrag über die Arbeitsweise der Europäischen Union.\n"
            "ALLGEMEINES\nArtikel 5\n",
            "TFEU:5",
        ),
        # an act's chapter block: the article is the document's own
        ("en", "Directive 2006/112/EC\nCHAPTER 2\nAMENDMENTS\nArticle 5\n", "CELEX:32006L0112:5"),
        ("fr", "Directive 2006/112/CE\nMODIFICATIONS\nArticle 5\n", "CELEX:32006L0112:5"),
        # too many lines between
        (
            "pl",
            "Wersja skonsolidowana Traktatu o funkcjonowaniu Unii Europejskiej\n"
            "A\nB\nC\nD\nArtykuł 222\n",
            "TFEU:222",
        ),
        # more than the article on its line
        (
            "sv",
            "Konsoliderad version av fördraget om Europeiska unionens funktionssätt\n"
            "FEMTE DELEN\nArtikel 222 i lagen om skydd\n",
            "TFEU:222",
        ),
    ],
)
def test_no_treaty_block_no_treaty_article(lang: str, text: str, absent: str) -> None:
    assert absent not in keys(text, lang)
