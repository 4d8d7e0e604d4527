"""A bracketed aside with no number between a Treaty article and the next article of
"the same Treaty" says what the first article does; its capitals name a body (the Court
of Auditors, the Union), not another instrument, and the second article stays the
Treaty's (pipeline/reach_gaps.py ``without_asides``, pipeline/sentence_reach.py)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "ilma et see piiraks Euroopa Liidu toimimise lepingu artikli 287 (mille kohaselt "
            "vastutab kontrollikoda Euroopa Liidu kõigi tulude ja kulude auditeerimise eest) "
            "ning sama lepingu artikli 319 (mis puudutab eelarve täitmisele heakskiidu andmist) "
            "kohaldamist.",
        ),
        (
            "cs",
            "aniž je dotčen článek 287 Smlouvy o fungování Evropské unie (podle něhož Účetní "
            "dvůr kontroluje všechny příjmy a výdaje Evropské unie) a článek 319 téže Smlouvy",
        ),
        (
            "sk",
            "bez toho, aby bol dotknutý článok 287 Zmluvy o fungovaní Európskej únie (podľa "
            "ktorého Dvor audítorov kontroluje všetky príjmy Európskej únie) a článok 319 tej "
            "istej Zmluvy",
        ),
        (
            "sl",
            "brez poseganja v člen 287 Pogodbe o delovanju Evropske unije (v skladu s katerim "
            "Računsko sodišče revidira vse prihodke Evropske unije) in člen 319 iste Pogodbe",
        ),
        (
            "hr",
            "ne dovodeći u pitanje članak 287. Ugovora o funkcioniranju Europske unije (prema "
            "kojem Revizorski sud revidira sve prihode Europske unije) i članak 319. istog "
            "Ugovora",
        ),
    ],
)
def test_aside_keeps_the_treaty(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:287", "TFEU:319"]
