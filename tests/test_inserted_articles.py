"""An article an amending act inserts into the act it amends belongs to that act: named
right before the inserting word ("amends Directive 98/6/EC by inserting Article 6a"), it
owns the article; after the amending act's own clause, with the amended act unnamed (lt
"direktyva (ES) 2019/2161, kuria įtrauktos … – 6a straipsnis"), the article is no
citation. A finite verb ("added") is no inserting word: its subject is the amending act."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Directive (EU) 2019/2161 amends Directive 98/6/EC by inserting Article 6a on price "
            "reductions.",
            ["CELEX:32019L2161", "CELEX:31998L0006", "CELEX:31998L0006:6a"],
        ),
        (
            "it",
            "La direttiva (UE) 2019/2161 modifica la direttiva 98/6/CE aggiungendo un nuovo "
            "articolo 6 bis.",
            ["CELEX:32019L2161", "CELEX:31998L0006", "CELEX:31998L0006:6a"],
        ),
        (
            "fr",
            "La directive (UE) 2019/2161 modifie la directive 98/6/CE en insérant l'article 6 bis "
            "relatif aux réductions de prix.",
            ["CELEX:32019L2161", "CELEX:31998L0006", "CELEX:31998L0006:6a"],
        ),
        (
            "de",
            "Die Richtlinie (EU) 2019/2161 ändert die Richtlinie 98/6/EG durch Einfügung eines "
            "Artikels 6a über Preisermäßigungen.",
            ["CELEX:32019L2161", "CELEX:31998L0006", "CELEX:31998L0006:6a"],
        ),
        (
            "lt",
            "Kainų nurodymo direktyva buvo pakeista direktyva (ES) 2019/2161, kuria įtrauktos "
            "naujos taisyklės – 6a straipsnis – dėl kainų sumažinimo.",
            ["CELEX:32019L2161"],
        ),
        (
            "en",
            "Directive (EU) 2019/2161, which amends several acts, added Article 6a.",
            ["CELEX:32019L2161"],
        ),
    ],
)
def test_inserted_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
