"""A "Community" adjective written after the act word, before a number with no domain
(data/act_words.toml [adjectives]): it "Reg. Comunitario 1874/2004", es "el reglamento
comunitario 1422/2007", fr "le règlement communautaire 1422/2007"."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "[Soglie così modificate prima dal Reg. Comunitario 1874/2004 e, successivamente, "
            "dal Reg. Comunitario 2083/2005]",
            ["CELEX:32004R1874", "CELEX:32005R2083"],
        ),
        (
            "it",
            "secondo il regolamento comunitario n. 1422/2007 le soglie sono aggiornate",
            ["CELEX:32007R1422"],
        ),
        (
            "es",
            "los umbrales fijados por el reglamento comunitario 1422/2007 se aplican desde 2008",
            ["CELEX:32007R1422"],
        ),
        (
            "fr",
            "les seuils du règlement communautaire 1422/2007 s'appliquent aux marchés",
            ["CELEX:32007R1422"],
        ),
        ("pt", "nos termos do regulamento comunitário 1422/2007", ["CELEX:32007R1422"]),
    ],
)
def test_community_adjective_between_act_word_and_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the adjective with no act word before it numbers nothing
        ("it", "la normativa comunitaria 2004/18 è stata recepita"),
        # an act word and the adjective with no number
        ("es", "el reglamento comunitario sobre ayudas de minimis"),
    ],
)
def test_what_the_community_adjective_does_not_make(lang: str, text: str) -> None:
    assert keys(text, lang) == []
