"""Protocols named by their title with no number (contract: "Protocols cited by their
name only count too"): the Protocol on the location of the seats of the institutions
(No 6) and the one on the application of certain aspects of Article 26 TFEU to the United
Kingdom and to Ireland (No 20), whose title keeps its own citation of Article 26 TFEU.
And a number followed by the title of ANOTHER Protocol is no Protocol of that number:
the Euratom Treaty's own "Protocol No 3 on the location of the seats" is not Protocol
No 3 to the Treaties (the Statute of the Court)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Having regard to the Protocol on the location of the seats of the institutions, "
            "the Parliament meets in Strasbourg.",
            ["PROTOCOL-6"],
        ),
        (
            "de",
            "Nach dem Protokoll über die Festlegung der Sitze der Organe tagt das Parlament "
            "in Straßburg.",
            ["PROTOCOL-6"],
        ),
        (
            "sv",
            "Enligt protokollet om lokalisering av säten för Europeiska unionens institutioner "
            "sammanträder parlamentet i Strasbourg.",
            ["PROTOCOL-6"],
        ),
        (
            "bg",
            "Съгласно Протокола за местоположението на седалищата на институциите "
            "Парламентът заседава в Страсбург.",
            ["PROTOCOL-6"],
        ),
        (
            "fi",
            "ottavat huomioon pöytäkirjan Euroopan unionin toiminnasta tehdyn sopimuksen 26 "
            "artiklan eräiden näkökohtien soveltamisesta Yhdistyneeseen kuningaskuntaan,",
            ["PROTOCOL-20", "TFEU:26"],
        ),
        (
            "hr",
            "uzimajući u obzir Protokol o primjeni određenih aspekata članka 26. Ugovora o "
            "funkcioniranju Europske unije na Irsku,",
            ["PROTOCOL-20", "TFEU:26"],
        ),
        (
            "fr",
            "Le protocole sur l'application de certains aspects de l'article 26 du traité sur "
            "le fonctionnement de l'Union européenne s'applique à l'Irlande.",
            ["PROTOCOL-20", "TFEU:26"],
        ),
        # a number with its own title: still that Protocol
        (
            "en",
            "Protocol No 6 on the location of the seats of the institutions applies.",
            ["PROTOCOL-6"],
        ),
        # a number followed by another Protocol's title: the Euratom Treaty's own Protocol
        (
            "fr",
            "et du protocole n° 3 sur la fixation des sièges des institutions, annexé au "
            "traité instituant la Communauté européenne de l'énergie atomique",
            ["EAEC"],
        ),
        (
            "cs",
            "a protokolu č. 3 o umístění sídel orgánů a některých institucí Evropské unie.",
            [],
        ),
        (
            "pl",
            "protokołu nr 3 w sprawie ustalenia siedzib instytucji Europejskiej Wspólnoty "
            "Energii Atomowej.",
            [],
        ),
        # negatives: another body's rules, the minutes of a meeting
        ("en", "The Protocol of the board meeting on the seats was signed.", []),
        ("sv", "Protokollet från styrelsens möte om säten justerades.", []),
    ],
)
def test_protocol_titles(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
