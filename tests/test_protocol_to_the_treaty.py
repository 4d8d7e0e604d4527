"""A numbered Protocol annexed to "the Treaty", one Treaty that the text does not name
(en "Protocol (No 5) to the Treaty", nl "Protocol nr. 5 bij het Verdrag", pl "protokołu
(nr 5) do Traktatu", ro "Protocolul (nr. 5) la tratat"), is a Protocol of the EC Treaty
numbered before Lisbon, which keys do not cover (contract version 2: "Protocols of
pre-Lisbon Treaties ... are not annotated"). Since Lisbon a Protocol is annexed to the
Treaties, or to a Treaty named in full: those stay keyed."""

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
            "These rules, adopted under Article 104c(14) of the EC Treaty, form together with "
            "Protocol (No 5) to the Treaty a single set of rules.",
            ["TEC:104c(14)"],
        ),
        (
            "nl",
            "De regels vormen samen met Protocol nr. 5 bij het Verdrag een geheel van regels "
            "voor de procedure bij buitensporige tekorten.",
            [],
        ),
        (
            "pl",
            "Przepisy te stanowią wraz z przepisami protokołu (nr 5) do Traktatu zestaw zasad "
            "dotyczących procedury nadmiernego deficytu.",
            [],
        ),
        (
            "ro",
            "Normele formează împreună cu Protocolul (nr. 5) la tratat un set de reguli "
            "privind procedura de deficit excesiv.",
            [],
        ),
        (
            "de",
            "Die Vorschriften bilden zusammen mit dem Protokoll Nr. 5 zum Vertrag ein "
            "Regelwerk für das Defizitverfahren.",
            [],
        ),
        (
            "fr",
            "Ces règles forment avec le protocole n° 5 annexé au traité un ensemble de règles "
            "relatives à la procédure concernant les déficits excessifs.",
            [],
        ),
    ],
)
def test_protocol_annexed_to_the_one_treaty_is_pre_lisbon(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # annexed to the Treaties, or to a Treaty named: the Protocols numbered since Lisbon
        (
            "en",
            "The national parliaments act under Protocol No 2 annexed to the Treaties.",
            ["PROTOCOL-2"],
        ),
        (
            "en",
            "See Protocol (No 1) on the role of national Parliaments in the European Union "
            "annexed to the Treaty on European Union.",
            ["PROTOCOL-1", "TEU"],
        ),
        (
            "nl",
            "Zie Protocol nr. 2 bij het Verdrag betreffende de Europese Unie.",
            ["PROTOCOL-2", "TEU"],
        ),
        ("pl", "Zgodnie z protokołem nr 2 do Traktatów parlamenty narodowe", ["PROTOCOL-2"]),
        (
            "de",
            "Siehe Protokoll Nr. 2 zum Vertrag über die Europäische Union.",
            ["PROTOCOL-2", "TEU"],
        ),
        (
            "fr",
            "Le protocole n° 2 annexé au traité sur l'Union européenne s'applique.",
            ["PROTOCOL-2", "TEU"],
        ),
        # the Protocol standing alone, and the Treaty named after a full stop
        ("en", "Protocol No 12 applies. The Treaty sets the reference values.", ["PROTOCOL-12"]),
    ],
)
def test_protocols_of_the_treaties_stay_keyed(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
