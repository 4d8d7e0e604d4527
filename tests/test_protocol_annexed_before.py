"""A Protocol said to be annexed to the act named before it, in words standing before
the Protocol word (lt "prie jo pridėto Protokolo Nr. 4", nl "het daaraan gehechte
Protocol nr. 4", en "Protocol No 4 thereto"): when that act is no Treaty (an Act of
Accession), the Protocol is another agreement's, which keys do not cover
(citation-keys.md); annexed to a Treaty named before it, it stays keyed."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lt",
            "atsižvelgdama į 2004 m. Stojimo aktą, ypač į jo 24 straipsnį ir prie jo "
            "pridėto Protokolo Nr. 7 2 straipsnį,",
        ),
        (
            "lv",
            "ņemot vērā 2004. gada Pievienošanās aktu un jo īpaši tā 24. pantu un tam "
            "pievienotā Protokola Nr. 7 2. pantu,",
        ),
        (
            "nl",
            "Gelet op de Toetredingsakte van 2004, en met name artikel 24 en artikel 2 "
            "van het daaraan gehechte Protocol nr. 7,",
        ),
        (
            "pl",
            "uwzględniając Akt przystąpienia z 2004 r., w szczególności art. 2 "
            "załączonego do niego Protokołu nr 7,",
        ),
        (
            "en",
            "Having regard to the 2004 Act of Accession, and in particular Article 24 "
            "thereof and Article 2 of Protocol No 7 thereto,",
        ),
    ],
)
def test_protocol_annexed_to_an_act_not_keyed(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("PROTOCOL-")], text


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "lt",
            "atsižvelgdamos į Sutartį dėl Europos Sąjungos veikimo ir prie jos pridėto "
            "Protokolo Nr. 2 7 straipsnį,",
            "PROTOCOL-2:7",
        ),
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 7 of Protocol No 2 thereto,",
            "PROTOCOL-2:7",
        ),
        (
            "nl",
            "Gelet op het Verdrag betreffende de werking van de Europese Unie en het "
            "daaraan gehechte Protocol nr. 2,",
            "PROTOCOL-2",
        ),
        ("lv", "saskaņā ar Protokola Nr. 2 7. pantu", "PROTOCOL-2:7"),
    ],
)
def test_treaty_protocol_still_keyed(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang), _keys(text, lang)
