"""The single, unnumbered annex's point after its singular annex word (fi "liitteen 1
kohdan q alakohta", lv "pielikuma 3. punkts", lt "priedo 3 punktas", et "lisa punkti 1"):
the annex (``annex-1``, its points dropped), never a paragraph and point of the article
listed before it, nor an annex numbered by the point."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_AFTER_ARTICLE = ["CELEX:31993L0013:4(2)", "CELEX:31993L0013:annex-1"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Direktiivin 93/13/ETY 4 artiklan 2 kohta sekä liitteen 1 kohdan q alakohta ovat "
            "tulkinnassa keskeisiä.",
        ),
        ("fi", "Sovelletaan direktiivin 93/13/ETY 4 artiklan 2 kohtaa ja liitteen 1 kohtaa."),
        (
            "lv",
            "Būtiski ir Direktīvas 93/13/EEK 4. panta 2. punkts un pielikuma 1. punkta q) "
            "apakšpunkts.",
        ),
        (
            "lt",
            "Svarbūs yra Direktyvos 93/13/EEB 4 straipsnio 2 dalis ir priedo 1 punkto q papunktis.",
        ),
        ("et", "Olulised on direktiivi 93/13/EMÜ artikli 4 lõige 2 ning lisa punkti 1 alapunkt q."),
    ],
)
def test_annex_point_after_an_article_is_the_single_annex(lang: str, text: str) -> None:
    assert _keys(text, lang) == _AFTER_ARTICLE


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fi", "Luettelo on asetuksen (EU) 2023/988 liitteen 3 kohdassa."),
        ("lt", "Sąrašas pateiktas Reglamento (ES) 2023/988 priedo 3 punkte."),
        ("lv", "Saraksts ir Regulas (ES) 2023/988 pielikuma 3. punktā."),
        ("et", "Loetelu on määruse (EL) 2023/988 lisa punktis 3."),
    ],
)
def test_annex_point_alone_is_the_single_annex(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32023R0988:annex-1"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a numbered annex keeps its number; its point is dropped
        ("fi", "Asetuksen (EU) 2023/988 6 artikla ja I liitteen 3 kohta.", ["6", "annex-I"]),
        ("lv", "Regulas (ES) 2023/988 6. pants un I pielikuma 3. punkts.", ["6", "annex-I"]),
        # a plural annex word numbers its annexes
        ("fi", "Asetuksen (EU) 2023/988 liitteet 1 ja 2.", ["annex-1", "annex-2"]),
    ],
)
def test_numbered_annexes_keep_their_numbers(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == [f"CELEX:32023R0988:{k}" for k in keys]
