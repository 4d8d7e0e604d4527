"""A bracket opened by a "see" word right after an article's instrument refers to
that instrument, although the article took it ("Article 82(4) GDPR (see also
recital 146)"): the bracketed recital or article is a pin of the same act
(bracketed_statements.py; ``see_words`` of data/context_words.toml)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "A mere upset falls short of Article 82(1) GDPR (see also recital 85).",
            ["CELEX:32016R0679:82(1)", "CELEX:32016R0679:recital-85"],
        ),
        (
            "de",
            "Das folgt aus Art. 17 Abs. 1 DSGVO (vgl. auch ErwG 65 S. 2).",
            ["CELEX:32016R0679:17(1)", "CELEX:32016R0679:recital-65"],
        ),
        (
            "fr",
            "Cela découle de l'article 17, paragraphe 1, du RGPD (voir aussi le considérant 65).",
            ["CELEX:32016R0679:17(1)", "CELEX:32016R0679:recital-65"],
        ),
        (
            "it",
            "Lo prevede l'articolo 5, paragrafo 2, della direttiva 2011/83/UE"
            " (cfr. anche il considerando 21).",
            ["CELEX:32011L0083:5(2)", "CELEX:32011L0083:recital-21"],
        ),
        (
            "es",
            "Así lo exige el artículo 9 del Reglamento (UE) 2019/1020"
            " (véase también el considerando 12).",
            ["CELEX:32019R1020:9", "CELEX:32019R1020:recital-12"],
        ),
        (
            "nl",
            "Dat volgt uit artikel 6, lid 1, AVG (zie ook overweging 40).",
            ["CELEX:32016R0679:6(1)", "CELEX:32016R0679:recital-40"],
        ),
    ],
)
def test_bracket_beside_the_articles_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a national act named before the bracket owns it
        (
            "en",
            "Article 6 GDPR is implemented by the Data Protection Act 2018 (see section 8).",
            ["CELEX:32016R0679:6"],
        ),
        # a date in the bracket is no pin
        (
            "de",
            "Das folgt aus Art. 17 Abs. 1 DSGVO (vgl. Urteil vom 12. Mai 2021).",
            ["CELEX:32016R0679:17(1)"],
        ),
        # a national gazette in the bracket is no pin
        (
            "fr",
            "Cela découle de l'article 17 du RGPD (voir aussi le JORF du 21 juin 2018).",
            ["CELEX:32016R0679:17"],
        ),
    ],
)
def test_bracket_beside_not_a_pin(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
