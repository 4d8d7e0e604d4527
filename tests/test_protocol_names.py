"""Protocols cited by their name alone (contract version 2: "Protocols cited by their name
only count too"): the Protocol on the excessive deficit procedure is Protocol No 12, hu "a
túlzott hiány esetén követendő eljárásról szóló jegyzőkönyv" (its name before the noun).
A Protocol the text annexes to the EC Treaty is the pre-Lisbon one, which keys do not
cover: "the Protocol on the excessive deficit procedure annexed to the Treaty establishing
the European Community" (the title of Regulation 479/2009), "Protocol No 2 annexed to the
EC Treaty"."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "hu",
            "a túlzott hiány esetén követendő eljárásról szóló jegyzőkönyv szerint a hiány "
            "referenciaértéke 3 %.",
            ["PROTOCOL-12"],
        ),
        (
            "en",
            "Under the Protocol on the excessive deficit procedure the reference value is 3 %.",
            ["PROTOCOL-12"],
        ),
        (
            "de",
            "nach Artikel 1 des Protokolls über das Verfahren bei einem übermäßigen Defizit",
            ["PROTOCOL-12:1"],
        ),
        (
            "fr",
            "le protocole sur la procédure concernant les déficits excessifs fixe les valeurs "
            "de référence",
            ["PROTOCOL-12"],
        ),
        (
            "pl",
            "zgodnie z Protokołem w sprawie procedury dotyczącej nadmiernego deficytu",
            ["PROTOCOL-12"],
        ),
        # the number and the name: one citation
        (
            "en",
            "Article 1 of Protocol (No 12) on the excessive deficit procedure",
            ["PROTOCOL-12:1"],
        ),
    ],
)
def test_protocol_by_name(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Council Regulation (EC) No 479/2009 of 25 May 2009 on the application of the "
            "Protocol on the excessive deficit procedure annexed to the Treaty establishing "
            "the European Community",
            ["CELEX:32009R0479", "TEC"],
        ),
        (
            "fr",
            "l'application du protocole sur la procédure concernant les déficits excessifs "
            "annexé au traité instituant la Communauté européenne",
            ["TEC"],
        ),
        (
            "en",
            "Protocol No 2 annexed to the EC Treaty and Protocol No 2 annexed to the TEU and TFEU",
            ["TEC", "PROTOCOL-2", "TEU", "TFEU"],
        ),
        # the procedure's name without the Protocol word is no citation
        ("en", "the excessive deficit procedure was opened for Italy", []),
    ],
)
def test_protocol_not_keyed(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
