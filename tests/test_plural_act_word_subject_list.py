"""A plural act word, a one-word subject, then a list of numbers without domain: fr
"les directives marchés 2004/17 et 2004/18", it "le direttive appalti …": the word names
every number of the list. A single number after a subject, a period of years, a
national or internal subject (data/act_words.toml [subject_not]) and a subject that is
itself an act word are left as they were."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La transposition des directives marchés 2014/24 et 2014/25 a été achevée.",
            ["CELEX:32014L0024", "CELEX:32014L0025"],
        ),
        (
            "it",
            "Le direttive appalti 2014/24, 2014/25 e 2014/23 sono state recepite.",
            ["CELEX:32014L0024", "CELEX:32014L0025", "CELEX:32014L0023"],
        ),
        (
            "en",
            "Member States transposed the Directives procurement 2014/24 and 2014/25 late.",
            ["CELEX:32014L0024", "CELEX:32014L0025"],
        ),
        (
            "es",
            "las Directivas contratación 2014/24 y 2014/25 establecen",
            ["CELEX:32014L0024", "CELEX:32014L0025"],
        ),
    ],
)
def test_subject_then_list(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "les directives nationales 2004/17 et 2004/18 du ministère"),
        ("fr", "les directives appliquées en 2004/2005 et 2005/2006"),
        ("fr", "les directives appliquées 2004/05 et 2005/06"),
        ("fr", "les décisions du tribunal 2019/12 et 2019/13"),
        ("it", "le direttive interne 2019/3 e 2019/4 dell'ente"),
        ("it", "la direttiva ministeriale 12/1999 del Ministero"),
        ("en", "the decisions adopted 2019/12/15 and 2019/12/16"),
        ("de", "die Richtlinien Landesrecht 2019/12 und 2019/13"),
    ],
)
def test_no_list_of_eu_acts(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("CELEX:")]
