"""The Treaty of Lisbon's own Protocols No 1 and 2 are no Protocols annexed to the
Treaties (families/protocols.py, the language files' ``[protocols] lisbon``)."""

from __future__ import annotations

import pytest

import citeresolve


def protocols(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("PROTOCOL")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "the Protocols as amended by Protocol No 1 annexed to the Treaty of Lisbon"),
        (
            "es",
            "con las modificaciones introducidas por el Protocolo n.º 1 anexo al Tratado de Lisboa",
        ),
        ("de", "die durch das Protokoll Nr. 1 zum Vertrag von Lissabon geänderten Protokolle"),
        ("fr", "le protocole n° 2 annexé au traité de Lisbonne modifiant le traité Euratom"),
    ],
)
def test_lisbons_own_protocols_are_no_treaty_protocols(lang: str, text: str) -> None:
    assert protocols(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "zgodnie z protokołem nr 30 do Traktatu Lizbońskiego", ["PROTOCOL-30"]),
        (
            "en",
            "Protocol No 1 on the role of national parliaments in the European Union",
            ["PROTOCOL-1"],
        ),
        (
            "en",
            "Protocol No 2 on subsidiarity and proportionality, since the Treaty of Lisbon",
            ["PROTOCOL-2"],
        ),
        (
            "de",
            "Protokoll Nr. 2 über die Anwendung der Grundsätze, Nr. 12/1999 vom 3.5.1999",
            ["PROTOCOL-2"],
        ),
    ],
)
def test_treaty_protocols_stay(lang: str, text: str, expected: list) -> None:
    assert protocols(text, lang) == expected
