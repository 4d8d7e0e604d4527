"""Slovenian "pogodba" and Croatian "ugovor" are any contract in lower case; only the
capitalised word points back to the Treaty. The title of Directive 93/13 ("… v
potrošniških pogodbah", "… u potrošačkim ugovorima") names no Treaty between the
Directive and the article that follows it."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "Direktiva Sveta 93/13/EGS o nedovoljenih pogojih v potrošniških pogodbah v "
            "členu 3(1) določa merilo nepoštenosti.",
        ),
        (
            "hr",
            "Direktiva Vijeća 93/13/EEZ o nepoštenim uvjetima u potrošačkim ugovorima u "
            "članku 3. stavku 1. određuje mjerilo.",
        ),
    ],
)
def test_lower_case_contract_word_is_no_treaty(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == [
        "CELEX:31993L0013",
        "CELEX:31993L0013:3(1)",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("sl", "Pogodba o delovanju Evropske unije v členu 114 določa pravno podlago.", "TFEU:114"),
        (
            "hr",
            "Ugovor o funkcioniranju Europske unije u članku 114. određuje pravnu osnovu.",
            "TFEU:114",
        ),
        (
            "sl",
            "ob upoštevanju Pogodbe o delovanju Evropske unije in zlasti člena 114 Pogodbe,",
            "TFEU:114",
        ),
    ],
)
def test_capitalised_treaty_word_still_counts(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]
