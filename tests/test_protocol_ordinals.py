"""Numbered Protocols with the ordinal before the word in a language that writes the
number after it (lv), and the Charter named without its article (es)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "ņemot vērā pamatotos atzinumus, kas iesniegti saskaņā ar 2. protokolu par "
            "subsidiaritātes principa piemērošanu",
            [("PROTOCOL-2", "2. protokolu")],
        ),
        (
            "lv",
            "kā paredzēts 1. protokolā par valstu parlamentu lomu",
            [("PROTOCOL-1", "1. protokolā")],
        ),
        # The number after the word, as before; the minutes of a meeting are none.
        (
            "lv",
            "saskaņā ar Protokolu Nr. 2 par subsidiaritāti",
            [("PROTOCOL-2", "Protokolu Nr. 2")],
        ),
        ("lv", "Padomes 2019. gada 5. sēdes protokols", []),
        # A possessive makes it the Protocol of what its line named before: another
        # agreement's, unless that is a Treaty.
        ("lv", "ņemot vērā EEZ līgumu un jo īpaši tā 26. protokolu,", []),
        (
            "en",
            "having regard to the Agreement on the EEA, and in particular its Protocol No 26,",
            [],
        ),
        (
            "en",
            "having regard to the Treaty on the Functioning of the European Union and its "
            "Protocol No 2,",
            [
                ("TFEU", "Treaty on the Functioning of the European Union"),
                ("PROTOCOL-2", "Protocol No 2"),
            ],
        ),
        # Hungarian writes the number first only.
        ("hu", "a 2. jegyzőkönyv szerint", [("PROTOCOL-2", "2. jegyzőkönyv")]),
    ],
)
def test_an_ordinal_before_the_protocol_word(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "según el artículo 47 de la Carta de Derechos Fundamentales de la Unión Europea",
        "según el artículo 47 de la Carta de Derechos Fundamentales de la UE",
        "según el artículo 47 de la Carta de los Derechos Fundamentales de la Unión Europea",
    ],
)
def test_the_charter_named_without_its_article(text: str) -> None:
    assert "CFR:47" in [k for k, _ in keys(text, "es")]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # The Statute of the ESCB and of the ECB named with its abbreviations in brackets.
        (
            "fr",
            "les missions définies dans les statuts du Système européen de banques centrales "
            "(SEBC) et de la BCE dans les cas prévus",
            "PROTOCOL-4",
        ),
        (
            "en",
            "under Article 18 of the Statute of the European System of Central Banks (ESCB) "
            "and of the European Central Bank (ECB)",
            "PROTOCOL-4:18",
        ),
        (
            "es",
            "el artículo 18 de los Estatutos del Sistema Europeo de Bancos Centrales (SEBC) y "
            "del BCE",
            "PROTOCOL-4:18",
        ),
    ],
)
def test_the_escb_statute_with_its_abbreviations_in_brackets(
    lang: str, text: str, key: str
) -> None:
    assert [k for k, _ in keys(text, lang)] == [key]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pl "Trybunał" alone is the Court of Justice in its Statute's short name.
        ("podstawy działania TSUE: Statut Trybunału oraz Regulamin", ["PROTOCOL-3"]),
        ("zgodnie z art. 23 Statutu Trybunału", ["PROTOCOL-3:23"]),
        ("Statut Międzynarodowego Trybunału Karnego", []),
    ],
)
def test_the_courts_statute_by_its_short_name(text: str, expected: list[str]) -> None:
    assert [k for k, _ in keys(text, "pl")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hard-wrapped line does not end the clause of "its".
        (
            "Having regard to the Treaty on the Functioning of the European Union and\n"
            "its Protocol No 2 on the application of the principles of subsidiarity,",
            ["TFEU", "PROTOCOL-2"],
        ),
        # A visa line ended by its comma does.
        (
            "Having regard to the Treaty on the Functioning of the European Union,\n"
            "Having regard to the Agreement on the EEA and its Protocol No 26,",
            ["TFEU"],
        ),
    ],
)
def test_the_clause_of_a_possessive(text: str, expected: list[str]) -> None:
    assert [k for k, _ in keys(text, "en")] == expected
