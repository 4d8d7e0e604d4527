"""A name of one word that is an act word by itself (fi "jäljempänä ’direktiivi’", et
"(edaspidi „direktiiv“)", lv "(turpmāk “direktīva”)") stands for its act in every case
form, as names of several words do: "direktiivin 12 artiklan" is that directive's."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Neuvoston direktiivin 2006/112/EY, jäljempänä ’direktiivi’, tarkoituksena on "
            "yhdenmukaistaa verot. Komissio raportoi direktiivin 12 artiklan mukaisesti.",
        ),
        (
            "et",
            "Nõukogu direktiivi 2006/112/EÜ (edaspidi „direktiiv“) eesmärk on maksude "
            "ühtlustamine. Komisjon esitab aruande direktiivi artikli 12 kohaselt.",
        ),
        (
            "lv",
            "Padomes Direktīva 2006/112/EK (turpmāk “direktīva”) paredz nodokļu "
            "saskaņošanu. Komisija ziņo saskaņā ar direktīvas 12. pantu.",
        ),
    ],
)
def test_declined_act_word_name_takes_the_article(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == [
        "CELEX:32006L0112",
        "CELEX:32006L0112:12",
    ]


def test_another_act_cited_by_number_keeps_its_own_key() -> None:
    text = (
        "Neuvoston direktiivin 2006/112/EY, jäljempänä ’direktiivi’, tarkoituksena on "
        "yhdenmukaistaa verot. Ks. myös direktiivin 2009/132/EY 3 artikla."
    )
    keys = [c.key for c in extract(text, lang="fi")]
    assert "CELEX:32009L0132:3" in keys
    assert "CELEX:32006L0112:3" not in keys
