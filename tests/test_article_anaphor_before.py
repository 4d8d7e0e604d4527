"""An "of that Article" anaphor written before the paragraph it owns, as languages that
put the owner first in the genitive write it (pl "tego artykułu ust. 3", cs "téhož článku
odst. 3", et "sama artikli lõiget 3", de "desselben Artikels Absatz 3"): the paragraph of
the article cited just before (pipeline/previous_units.py)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Art. 102 ust. 1 TFUE stosuje się, chyba że zastosowanie ma tego artykułu ust. 2."),
        ("cs", "Článek 102 odst. 1 SFEU se použije, ledaže se uplatní téhož článku odst. 2."),
        ("sk", "Článok 102 ods. 1 ZFEÚ sa uplatní, ak sa nepoužije toho istého článku ods. 2."),
        ("et", "ELTL artikli 102 lõiget 1 kohaldatakse, kui ei kohaldata sama artikli lõiget 2."),
        ("de", "Art. 102 Abs. 1 AEUV gilt, sofern nicht desselben Artikels Absatz 2 greift."),
    ],
)
def test_paragraph_after_the_anaphor(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ["TFEU:102(1)", "TFEU:102(2)"]


def test_no_article_before_no_citation() -> None:
    text = "Zastosowanie ma tego artykułu ust. 2."
    assert citeresolve.extract(text, lang="pl") == []
