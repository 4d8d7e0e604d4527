"""Numbered Protocols in forms the number grammar missed: the Treaty of Lisbon named
after the Protocol (en "Protocol No 14 of the Treaty of Lisbon", pl "protokołem nr 30 do
Traktatu Lizbońskiego": one of the Protocols Lisbon annexed to the Treaties, not the
unnamed pre-Lisbon "Treaty"); a number with no mark when the Treaty of Lisbon or the
Protocol's own title follows (el "Πρωτόκολλο 14 της Συνθήκης της Λισαβόνας", en "Protocol
30 on the application of the Charter …"); the number written as a word (es "Protocolo
número 14") or in English style in a heading (pt "PROTOCOLO (No. 30)"); a quotation
opening on the Protocol, which is no defined short name."""

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
            "The Eurogroup is governed by Protocol No 14 of the Treaty of Lisbon.",
            ["PROTOCOL-14"],
        ),
        (
            "en",
            "Protocol 14 to the Lisbon Treaty sets out how the Eurogroup meets.",
            ["PROTOCOL-14"],
        ),
        (
            "de",
            "Die Euro-Gruppe regelt das Protokoll Nr. 14 zum Vertrag von Lissabon.",
            ["PROTOCOL-14"],
        ),
        (
            "pl",
            "Wielka Brytania pozostaje związana protokołem nr 30 do Traktatu z Lizbony.",
            ["PROTOCOL-30"],
        ),
        (
            "el",
            "Το Πρωτόκολλο 14 της Συνθήκης της Λισαβόνας ρυθμίζει την Ευρωομάδα.",
            ["PROTOCOL-14"],
        ),
        ("cs", "Euroskupinu upravuje protokol č. 14 k Lisabonské smlouvě.", ["PROTOCOL-14"]),
        (
            "en",
            "Under Protocol 30 on the application of the Charter of Fundamental Rights to "
            "Poland, the courts may not extend it.",
            ["PROTOCOL-30", "CFR"],
        ),
        (
            "es",
            "Lo regula el Protocolo número 14 anejo a los Tratados desde 2009.",
            ["PROTOCOL-14"],
        ),
        ("it", "Lo disciplina il protocollo numero 14 allegato ai trattati.", ["PROTOCOL-14"]),
        ("pt", "TEXTO\n\nPROTOCOLO (No. 14)\n\nRELATIVO AO EUROGRUPO\n\n", ["PROTOCOL-14"]),
        (
            "pl",
            "Rzecznik napisała, że „protokół nr 30 nie zwalnia Polski z obowiązku "
            "przestrzegania Karty”.",
            ["PROTOCOL-30"],
        ),
        # a heading repeated: two mentions, not one title
        (
            "el",
            "Πρωτόκολλο 14 της Συνθήκης της Λισαβόνας\n\n\nΠρωτόκολλο 14 της Συνθήκης της "
            "Λισαβόνας\n\n",
            ["PROTOCOL-14", "PROTOCOL-14"],
        ),
        # negatives: minutes of a meeting held in Lisbon, a bare number with another title
        ("en", "Protocol 30 of the Lisbon meeting was approved by the board.", []),
        ("el", "Το Πρωτόκολλο 14 της συνεδρίασης της Λισαβόνας εγκρίθηκε.", []),
        ("en", "Protocol 3 on the fishing rights of the parties was signed.", []),
        ("pl", "Protokół 30 z posiedzenia zarządu w Lizbonie został przyjęty.", []),
        # a defined short name in quotes stays a short name
        ("da", 'Protokollen (herefter kaldet "protokol nr. 2") gælder.', []),
    ],
)
def test_protocol_forms(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
