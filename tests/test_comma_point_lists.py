"""Bracketed point letters joined by "and" that a comma sets after a paragraph's number
and whose last ends the pin are that paragraph's points (families/token_passes.py,
``comma_points``): fr "art. 8, § 2, a) et c), du règlement", it "par. 2, a) e c), del",
es "apartado 2, a) y c), del", as "a), b) et c)" already were."""

from __future__ import annotations

import pytest

import citeresolve

R = "CELEX:32019R1150"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "V. art. 8, § 2, a) et c), du règlement (UE) 2019/1150."),
        ("it", "Cfr. art. 8, par. 2, a) e c), del regolamento (UE) 2019/1150."),
        ("es", "Véase el artículo 8, apartado 2, a) y c), del Reglamento (UE) 2019/1150."),
        ("pt", "Ver artigo 8.º, n.º 2, a) e c), do Regulamento (UE) 2019/1150."),
    ],
)
def test_points_joined_by_and(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == [f"{R}:8(2)(a)", f"{R}:8(2)(c)"]


def test_an_enumeration_of_the_text_is_no_point() -> None:
    text = (
        "Selon l'article 3 du règlement (UE) 2019/1150, a) les États et c) la Commission agissent."
    )
    keys = [c.key for c in citeresolve.extract(text, lang="fr")]
    assert f"{R}:3(a)" not in keys and f"{R}:3(c)" not in keys
