"""A Protocol of another agreement is part of that agreement's Protocol's name, which keys
do not cover: neither the Protocol nor the agreement is cited, also where the agreement
is named before the Protocol word (lt "Europos žmogaus teisių konvencijos Protokolo Nr. 1",
hu "az EJEE-hez csatolt első kiegészítő jegyzőkönyv", en "the ECHR Protocol No 1") or a
word qualifies the Protocol before its number (it "Prot. add. n. 1 CEDU", fr "protocole
additionnel n° 1 à la CEDH"). The agreement's own articles and the Treaties' Protocols
are still cited."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Europos žmogaus teisių konvencijos Protokolo Nr. 1 1 straipsnis ir Chartijos 17 "
            "straipsnis saugo nuosavybę.",
            ["CFR:17"],
        ),
        (
            "hu",
            "az EJEE-hez csatolt első kiegészítő jegyzőkönyv 1. cikke és a Charta 17. cikke",
            ["CFR:17"],
        ),
        (
            "en",
            "Article 1 of the ECHR Protocol No 1 protects property, as does Article 17 of the "
            "Charter.",
            ["CFR:17"],
        ),
        (
            "it",
            "l'art. 1 Prot. add. n. 1 CEDU e l'art. 17 della Carta tutelano la proprietà",
            ["CFR:17"],
        ),
        (
            "fr",
            "l'article 1er du protocole additionnel n° 1 à la CEDH et l'article 17 de la Charte",
            ["CFR:17"],
        ),
        # the agreement's articles, and a Protocol to the Treaties after an "and" word
        (
            "lt",
            "Europos žmogaus teisių konvencijos 6 straipsnis ir Protokolas Nr. 2 dėl subsidiarumo",
            ["ECHR:6", "PROTOCOL-2"],
        ),
        ("hu", "az EJEE 6. cikke és a 2. jegyzőkönyv", ["ECHR:6", "PROTOCOL-2"]),
        (
            "it",
            "ai sensi del Prot. n. 2 sull'applicazione dei principi di sussidiarietà e di "
            "proporzionalità",
            ["PROTOCOL-2"],
        ),
    ],
)
def test_protocol_of_another_agreement(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
