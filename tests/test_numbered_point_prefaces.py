"""A numbered point and its lettered points before their article ("points 2(a) and (b)
of Article 63", sl "točke 2(a) in (b) člena 63") are paragraph and point, one citation
per lettered point (the contract keeps a numbered point followed by a lettered one)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and in particular "
            "points 2(a) and (b) of Article 63 thereof,",
        ),
        (
            "sl",
            "ob upoštevanju Pogodbe o ustanovitvi Evropske skupnosti, zlasti točke 2(a) in (b) "
            "člena 63 Pogodbe,",
        ),
        (
            "hr",
            "uzimajući u obzir Ugovor o osnivanju Europske zajednice, a posebno točke 2.(a) i (b) "
            "članka 63.,",
        ),
    ],
)
def test_points_of_a_numbered_point_before_the_article(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["TEC", "TEC:63(2)(a)", "TEC:63(2)(b)"]


def test_a_numbered_point_alone_is_still_dropped() -> None:
    keys = [c.key for c in citeresolve.extract("point 2 of Article 63 TEC", lang="en")]
    assert keys == ["TEC:63"]
