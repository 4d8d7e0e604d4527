"""Popular names of acts and agreements written in more forms: the VAT Directive and
the Thirteenth VAT Directive (mt "Direttiva tal-VAT", "Tlettax-il Direttiva tal-VAT"),
the Credit Rating Agencies Regulation by its subject or its agencies' abbreviation
(ro "Regulamentul ARC"), the Paris Agreement by its other names (el "Συμφωνία των
Παρισίων", ga "Comhaontú Aeráide Pháras")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "mt",
            "Il-Kummissjoni tqis li l-Istat naqas mill-obbligi tiegħu taħt l-Artikoli 168 u 173 "
            "tad-Direttiva tal-VAT u taħt l-Artikolu 3 tat-Tlettax-il Direttiva tal-VAT.",
            ["CELEX:32006L0112:168", "CELEX:32006L0112:173", "CELEX:31986L0560:3"],
        ),
        (
            "mt",
            "L-Artikolu 170(b) tad-Direttiva tal-VAT jagħti d-dritt għar-rimbors.",
            ["CELEX:32006L0112:170(b)"],
        ),
        (
            "en",
            "a refund under Article 2(1) of the Thirteenth VAT Directive and Article 171 of "
            "the VAT Directive",
            ["CELEX:31986L0560:2(1)", "CELEX:32006L0112:171"],
        ),
        (
            "de",
            "nach Art. 3 Abs. 1 der Dreizehnten Mehrwertsteuerrichtlinie",
            ["CELEX:31986L0560:3(1)"],
        ),
        ("fr", "au sens de l’article 2 de la treizième directive TVA", ["CELEX:31986L0560:2"]),
    ],
)
def test_an_article_of_a_vat_directive_by_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "Orientările se aplică ratingurilor avizate în temeiul articolului 4 alineatul (3) "
            "din Regulamentul privind agențiile de rating de credit.",
            ["CELEX:32009R1060:4(3)"],
        ),
        (
            "ro",
            "cerințele prevăzute la articolele 6-12 și în anexa I la Regulamentul ARC",
            ["CELEX:32009R1060:6-12", "CELEX:32009R1060:annex-I"],
        ),
        (
            "fr",
            "les exigences de l’article 8, paragraphe 3, du règlement ANC",
            ["CELEX:32009R1060:8(3)"],
        ),
        (
            "it",
            "ai sensi dell’articolo 4, paragrafo 3, del regolamento sulle agenzie di rating del "
            "credito",
            ["CELEX:32009R1060:4(3)"],
        ),
        (
            "es",
            "según el artículo 5 del Reglamento sobre las agencias de calificación crediticia",
            ["CELEX:32009R1060:5"],
        ),
    ],
)
def test_an_article_of_the_cra_regulation_by_name(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "Κύρωση της Συμφωνίας των Παρισίων για την κλιματική αλλαγή", ["PARIS-AGREEMENT"]),
        ("el", "σύμφωνα με το άρθρο 6 της Συμφωνίας των Παρισίων", ["PARIS-AGREEMENT:6"]),
        ("ga", "Is conradh idirnáisiúnta é Comhaontú Aeráide Pháras.", ["PARIS-AGREEMENT"]),
        ("ga", "faoi Airteagal 4 de Chomhaontú Aeráide Pháras", ["PARIS-AGREEMENT:4"]),
    ],
)
def test_the_paris_agreement_by_its_other_names(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a name standing alone is no citation; national VAT law is none either
        ("mt", "Id-Direttiva tal-VAT tapplika għal dawn il-provvisti."),
        ("mt", "l-Artikolu 5 tal-Att dwar il-VAT (Kap. 406)"),
        ("it", "ai sensi della tredicesima direttiva IVA"),
        # the agencies alone, and the national law on them
        ("ro", "o ARC dintr-o țară terță poate solicita avizarea"),
        (
            "ro",
            "Legea nr. 24/2017 privind emitenții de instrumente financiare și agențiile de rating "
            "de credit",
        ),
        # another Paris convention
        ("el", "η Σύμβαση των Παρισίων για την προστασία της βιομηχανικής ιδιοκτησίας"),
    ],
)
def test_no_citation(lang: str, text: str) -> None:
    assert keys(text, lang) == []
