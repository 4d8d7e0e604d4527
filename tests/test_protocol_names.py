"""Protocols cited by their name alone (contract version 2: "Protocols cited by their name
only count too"): the Protocol on the excessive deficit procedure is Protocol No 12, hu "a
túlzott hiány esetén követendő eljárásról szóló jegyzőkönyv" (its name before the noun).
The Protocol relating to Article 6(2) TEU (No 8) by the title after its word (language
field ``protocols.titles``): pt "o Protocolo relativo ao n.º 2 do artigo 6.º do Tratado da
União Europeia", sl "protokola o členu 6(2) PEU" (the Protocol and the article its title
cites: two citations). The Protocol on the ECSC Treaty's expiry (No 37) by its full name.
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


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "o Protocolo relativo ao n.º 2 do artigo 6.º do Tratado da União Europeia "
            "respeitante à adesão da União",
            ["PROTOCOL-8", "TEU:6(2)"],
        ),
        (
            "sl",
            "Pogodbe o delovanju Evropske unije in protokola o členu 6(2) PEU o pristopu Unije",
            ["TFEU", "PROTOCOL-8", "TEU:6(2)"],
        ),
        (
            "en",
            "the Protocol relating to Article 6(2) of the Treaty on European Union on the "
            "accession of the Union",
            ["PROTOCOL-8", "TEU:6(2)"],
        ),
        (
            "de",
            "gemäß Artikel 2 des Protokolls zu Artikel 6 Absatz 2 des Vertrags über die "
            "Europäische Union",
            ["PROTOCOL-8:2", "TEU:6(2)"],
        ),
        (
            "it",
            "attuazione del protocollo relativo alle conseguenze finanziarie della scadenza del "
            "trattato CECA e al fondo di ricerca carbone e acciaio",
            ["PROTOCOL-37"],
        ),
        # another title after the Protocol word: no Protocol of the Treaties
        ("en", "the Protocol relating to Article 5 of the Agreement", []),
        ("fr", "le protocole relatif à l'article 6, paragraphe 3, de l'accord", []),
    ],
)
def test_protocol_by_its_title(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "tot wijziging van Protocol nr. 0 bij de Verdragen"),
        ("en", "as amended by Protocol No 0 to the Treaties"),
        ("de", "in der Fassung des Protokolls Nr. 00 zu den Verträgen"),
        ("hu", "a 0. jegyzőkönyv szerint"),
    ],
)
def test_no_protocol_is_numbered_zero(lang: str, text: str) -> None:
    # a typing slip or a mutation: PROTOCOL-0 is no canonical key, so nothing is cited
    assert not [c.key for c in extract(text, lang=lang) if "PROTOCOL" in c.key]
