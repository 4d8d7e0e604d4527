""" "read together with" joins two articles of one act like "and": fi "6 artiklan 1
kohdan, luettuna yhdessä 6 artiklan 7 kohdan kanssa" gives both, as sv "läst
tillsammans med" and et "koostoimes" do."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32013R1024"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "ottaa huomioon neuvoston asetuksen (EU) N:o 1024/2013 ja erityisesti sen 6 artiklan "
            "1 kohdan, luettuna yhdessä 6 artiklan 7 kohdan kanssa,",
        ),
        (
            "fi",
            "asetuksen (EU) N:o 1024/2013 6 artiklan 1 kohta yhdessä 6 artiklan 7 kohdan kanssa",
        ),
        (
            "sv",
            "artikel 6.1 läst tillsammans med artikel 6.7 i förordning (EU) nr 1024/2013",
        ),
        ("et", "määruse (EL) nr 1024/2013 artikli 6 lõige 1 koostoimes artikli 6 lõikega 7"),
    ],
)
def test_read_together_with_joins_the_articles(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang) if ":" in c.key[6:]]
    assert keys == [f"{ACT}:6(1)", f"{ACT}:6(7)"]
