"""The EP Rules of Procedure named with the Parliament as their owner (language field
``rules.full_names``) cite the whole Rules when no article takes them, like a treaty
named in a visa and then pinpointed: sl "ob upoštevanju Poslovnika Evropskega parlamenta
in zlasti člena 127(1) Poslovnika" gives EP-RULES and EP-RULES:127(1). The bare name
("its Rules of Procedure") still only takes articles, and an article of the Rules named
in full is one citation."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "ob upoštevanju Poslovnika Evropskega parlamenta in zlasti člena 54(2) Poslovnika,",
        ),
        (
            "en",
            "Having regard to the Rules of Procedure of the European Parliament, and in "
            "particular Rule 54(2) thereof,",
        ),
        (
            "de",
            "gestützt auf die Geschäftsordnung des Europäischen Parlaments, insbesondere auf "
            "Artikel 54 Absatz 2,",
        ),
        (
            "fi",
            "ottaa huomioon Euroopan parlamentin työjärjestyksen ja erityisesti sen 54 "
            "artiklan 2 kohdan,",
        ),
    ],
)
def test_rules_named_in_a_visa_then_pinned(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["EP-RULES", "EP-RULES:54(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "Institucionalno pravo – Poslovnik Parlamenta – Pravila o glasovanju"),
        ("pl", "W świetle Regulaminu Parlamentu Europejskiego komisja przedstawia sprawozdanie."),
        ("fr", "Le règlement intérieur du Parlement européen prévoit une procédure."),
    ],
)
def test_rules_named_alone(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["EP-RULES"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # an article of the Rules named in full: one citation, the name is taken
        (
            "en",
            "Having regard to Rule 54 of the Rules of Procedure of the European Parliament,",
            ["EP-RULES:54"],
        ),
        (
            "nl",
            "gelet op artikel 54 van het Reglement van het Europees Parlement,",
            ["EP-RULES:54"],
        ),
        # the bare name without the Parliament is no citation of its own
        ("en", "Parliament adopted amendments to its Rules of Procedure.", []),
        ("sl", "Odbor je sprejel svoj Poslovnik.", []),
        # another body's Rules are never the EP's
        ("en", "Having regard to the Rules of Procedure of the Court of Justice,", []),
        # it "regolamento del Parlamento europeo e del Consiglio" is an EU regulation
        (
            "it",
            "proposta di regolamento del Parlamento europeo e del Consiglio sulle statistiche",
            [],
        ),
    ],
)
def test_rules_not_cited_whole(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
