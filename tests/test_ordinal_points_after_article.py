"""A point counted by position between an article and its act ("Čl. 3 piaty bod
nariadenia …", "Article 3, fifth point, of Regulation …") is a numbered point: dropped
from the pin (contract: numbered points are dropped), and the article keeps its act."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sk",
            "72a) Čl. 3 piaty bod nariadenia Európskeho parlamentu a Rady (ES) č. 1907/2006"
            " z 18. decembra 2006 o registrácii, hodnotení, autorizácii",
        ),
        ("sk", "podľa článku 3 piateho bodu nariadenia (ES) č. 1907/2006"),
        ("cs", "Čl. 3 pátý bod nařízení Evropského parlamentu a Rady (ES) č. 1907/2006 ze dne"),
        ("en", "within the meaning of Article 3, fifth point, of Regulation (EC) No 1907/2006"),
    ],
)
def test_point_by_position_keeps_the_article_pin(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32006R1907:3"]


def test_ordinal_paragraph_is_still_kept() -> None:
    text = "Čl. 3 prvý odsek nariadenia Európskeho parlamentu a Rady (ES) č. 1907/2006"
    assert keys(text, "sk") == ["CELEX:32006R1907:3(1)"]
