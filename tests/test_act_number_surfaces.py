"""Act numbers written in less usual ways, in several languages: a comma between the
domain and the number word, and lists where a plural act word starts a new kind."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "modifica le direttive 2002/47/CE e 2013/36/UE e i regolamenti (UE), n. 1093/2010"
            " e (UE) n. 648/2012 del Parlamento europeo",
        ),
        (
            "fr",
            "modifiant les directives 2002/47/CE et 2013/36/UE et les règlements (UE), n° 1093/2010"
            " et (UE) n° 648/2012 du Parlement européen",
        ),
        (
            "de",
            "zur Änderung der Richtlinien 2002/47/EG und 2013/36/EU und der Verordnungen (EU),"
            " Nr. 1093/2010 und (EU) Nr. 648/2012 des Europäischen Parlaments",
        ),
        (
            "en",
            "amending Directives 2002/47/EC and 2013/36/EU and Regulations (EU), No 1093/2010"
            " and (EU) No 648/2012 of the European Parliament",
        ),
    ],
)
def test_a_comma_between_the_domain_and_the_number_word(lang: str, text: str) -> None:
    # The regulations after the plural word are regulations, not the directives before it.
    assert acts(text, lang) == [
        "CELEX:32002L0047",
        "CELEX:32013L0036",
        "CELEX:32010R1093",
        "CELEX:32012R0648",
    ]

