"""A list of points after a plural point word keeps each point: et "artikli 1 lõike 2
punkte i ja j" (the partitive plural "punkte"), as en "points (i) and (j) of Article
1(2)" and de "Artikel 1 Absatz 2 Buchstaben i und j" do."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "tõlgendada direktiivi 2009/119 artikli 1 lõike 2 esimese lõigu punkte i ja j "
            "ning artikleid 3 ja 8",
            [
                "CELEX:32009L0119:1(2)(i)",
                "CELEX:32009L0119:1(2)(j)",
                "CELEX:32009L0119:3",
                "CELEX:32009L0119:8",
            ],
        ),
        (
            "et",
            "määruse (EL) 2016/679 artikli 6 lõike 1 punktide a ja c alusel",
            ["CELEX:32016R0679:6(1)(a)", "CELEX:32016R0679:6(1)(c)"],
        ),
        (
            "en",
            "points (i) and (j) of Article 1(2) of Directive 2009/119/EC",
            ["CELEX:32009L0119:1(2)(i)", "CELEX:32009L0119:1(2)(j)"],
        ),
        (
            "de",
            "Artikel 6 Absatz 1 Buchstaben a und c der Verordnung (EU) 2016/679",
            ["CELEX:32016R0679:6(1)(a)", "CELEX:32016R0679:6(1)(c)"],
        ),
    ],
)
def test_points_after_a_plural_point_word(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang) if ":" in c.key[6:]] == expected
