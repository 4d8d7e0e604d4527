"""A judgment's keyword line that names an act "as amended by" another, then articles in
the next segment, cites the articles of the act as amended, not of the amending act (sl
"Direktiva 2006/112/ES, kakor je bila spremenjena z Direktivo 2008/8/ES – Členi 44, 45 in
47"), as the comma's reference line does (test_amended_act_articles.py); the words are
``amended_by`` of data/context_words.toml."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


VAT = "CELEX:32006L0112"
AMENDING = "CELEX:32008L0008"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "„Predhodno odločanje – Obdavčenje – Davek na dodano vrednost (DDV) – Direktiva"
            " 2006/112/ES – Člena 43 in 45 – Direktiva 2006/112/ES, kakor je bila spremenjena"
            " z Direktivo 2008/8/ES – Členi 44, 45 in 47 – Opravljanje storitev – Pojem"
            " ‚stalna poslovna enota‘“",
        ),
        (
            "en",
            "Reference for a preliminary ruling – Taxation – Value added tax (VAT) – Directive"
            " 2006/112/EC – Articles 43 and 45 – Directive 2006/112/EC, as amended by Directive"
            " 2008/8/EC – Articles 44, 45 and 47 – Supply of services – Concept of ‘fixed"
            " establishment’",
        ),
        (
            "fr",
            "Renvoi préjudiciel – Fiscalité – Taxe sur la valeur ajoutée (TVA) – Directive"
            " 2006/112/CE – Articles 43 et 45 – Directive 2006/112/CE, telle que modifiée par la"
            " directive 2008/8/CE – Articles 44, 45 et 47 – Prestation de services – Notion"
            " d’« établissement stable »",
        ),
        (
            "de",
            "Vorlage zur Vorabentscheidung – Steuerrecht – Mehrwertsteuer – Richtlinie"
            " 2006/112/EG – Art. 43 und 45 – Richtlinie 2006/112/EG in der durch die Richtlinie"
            " 2008/8/EG geänderten Fassung – Art. 44, 45 und 47 – Dienstleistungen – Begriff"
            " „feste Niederlassung“",
        ),
    ],
)
def test_the_segment_articles_are_the_amended_acts(lang: str, text: str) -> None:
    assert keys(text, lang) == [
        VAT,
        f"{VAT}:43",
        f"{VAT}:45",
        VAT,
        AMENDING,
        f"{VAT}:44",
        f"{VAT}:45",
        f"{VAT}:47",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The amending act named alone keeps its own articles.
        (
            "en",
            "Value added tax – Directive 2008/8/EC – Articles 44 and 45 – Supply of services",
            [AMENDING, f"{AMENDING}:44", f"{AMENDING}:45"],
        ),
        # Two acts joined by "and", not by amending words: the last one's.
        (
            "en",
            "Directive 2006/112/EC and Directive 2008/8/EC – Articles 44 and 45 – Services",
            [VAT, AMENDING, f"{AMENDING}:44", f"{AMENDING}:45"],
        ),
        (
            "sl",
            "Direktiva 2006/112/ES in Direktiva 2008/8/ES – Člena 44 in 45 – Storitve",
            [VAT, AMENDING, f"{AMENDING}:44", f"{AMENDING}:45"],
        ),
        # A national law between keeps nothing of the EU act's (no EU act amended).
        (
            "sl",
            "Davki – Zakon o davku na dodano vrednost, kakor je bil spremenjen z Direktivo"
            " 2008/8/ES – Člen 44",
            [AMENDING, f"{AMENDING}:44"],
        ),
    ],
)
def test_other_segments_keep_the_last_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
