"""A numbered chapter, title or section of the act between the act named first (in the
genitive) and the article chain: fi "tietosuoja-asetuksen II luvun 5 artikla", lv
"Regulas … II nodaļas 5. pantā", lt "Reglamento … II skyriaus 5 straipsnyje". The
article is the act's; the chapter itself is not cited."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("fi", "Tietosuoja-asetuksen II luvun 6 artikla koskee käsittelyn perusteita.", "6"),
        ("fi", "Direktiivin 2006/112/EY IX osaston 135 artiklan mukaan vapautetaan", "135"),
        ("lv", "Regulas (ES) 2016/679 II nodaļas 6. pantā ir noteikti pamati.", "6"),
        ("lt", "Reglamento (ES) 2016/679 II skyriaus 6 straipsnyje nustatyti pagrindai.", "6"),
    ],
)
def test_article_after_the_acts_chapter(lang: str, text: str, key: str) -> None:
    assert any(k.endswith(f":{key}") for k in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a chapter alone: the act, whole, and no article
        ("fi", "Tietosuoja-asetuksen III luku käsittelee rekisteröidyn oikeuksia."),
        ("lv", "Regulas (ES) 2016/679 III nodaļa attiecas uz tiesībām."),
        # a national act's chapter and section: no EU article
        ("fi", "Rikoslain 2 luvun 5 § koskee rangaistuksia."),
    ],
)
def test_no_article_without_one(lang: str, text: str) -> None:
    assert not [k for k in keys(text, lang) if k.count(":") > 1]
