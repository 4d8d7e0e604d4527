"""A treaty's abbreviation beside an act's word names the act's domain: en "Article 5 of
the EC Regulation", fr "l'article 5 du règlement CE", it "del regolamento CE", el "άρθρο
5 του Κανονισμού του ΕΚ", de "Art. 5 der EG-Verordnung" cite the regulation the text
named before, never Article 5 of the EC Treaty (before, TEC:5)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # "the EC Regulation" is no anaphor of the English data: the article takes no key
        (
            "en",
            "Regulation (EC) No 1272/2008 applies. Under Article 4 of the EC Regulation, "
            "suppliers classify substances.",
            ["CELEX:32008R1272"],
        ),
        (
            "fr",
            "Le règlement (CE) n° 1272/2008 s'applique. Selon l'article 4 du règlement CE, "
            "les fournisseurs classent les substances.",
            ["CELEX:32008R1272", "CELEX:32008R1272:4"],
        ),
        (
            "it",
            "Il regolamento (CE) n. 1272/2008 si applica. Ai sensi dell'articolo 4 del "
            "regolamento CE, i fornitori classificano le sostanze.",
            ["CELEX:32008R1272", "CELEX:32008R1272:4"],
        ),
        (
            "es",
            "El Reglamento (CE) n.º 1272/2008 se aplica. Según el artículo 4 del Reglamento "
            "CE, los proveedores clasifican las sustancias.",
            ["CELEX:32008R1272", "CELEX:32008R1272:4"],
        ),
    ],
)
def test_domain_beside_act_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Under Article 4 of the EC Regulation, suppliers classify substances."),
        ("el", "Σύμφωνα με το άρθρο 4 του Κανονισμού του ΕΚ, οι προμηθευτές ταξινομούν."),
        ("de", "Nach Art. 4 der EG-Verordnung stufen die Lieferanten Stoffe ein."),
        ("fr", "Selon l'article 4 de la directive CE, les fournisseurs classent."),
    ],
)
def test_no_treaty_article(lang: str, text: str) -> None:
    assert not any(k.startswith("TEC") for k in _keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the abbreviation after an article is the Treaty's
        ("en", "The fine under Article 81 EC Regulation No 17 applies.", ["TEC:81"]),
        ("en", "Articles 43 EC and 48 EC preclude it.", ["TEC:43", "TEC:48"]),
        ("de", "Vorlage nach Art. 234 EG durch das Gericht", ["TEC:234"]),
        ("el", "Προδικαστική παραπομπή βάσει του άρθρου 234 ΕΚ", ["TEC:234"]),
        ("fr", "Violation de l'article 81 CE par l'entreprise", ["TEC:81"]),
    ],
)
def test_treaty_abbreviation_kept(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
