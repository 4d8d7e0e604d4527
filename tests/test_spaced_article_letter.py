"""An inserted article's letter set apart at the end of the reference (Article 100a)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "Wara li kkunsidra t-Trattat li jistabbilixxi l-Komunità Ekonomika Ewropea, "
            "u b’mod partikolari l-Artikolu 100 a,\n\nWara li kkunsidra l-proposta",
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Wirtschaftsgemeinschaft, "
            "insbesondere auf Artikel 100 a,\n\nauf Vorschlag der Kommission",
        ),
        (
            "fr",
            "vu le traité instituant la Communauté économique européenne, et notamment son "
            "article 100 a,\n\nvu la proposition de la Commission",
        ),
    ],
)
def test_spaced_letter_before_punctuation_is_the_articles(lang: str, text: str) -> None:
    assert "TEC:100a" in _keys(text, lang)
    assert "TEC:100" not in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("es", "los artículos 5 a 10 del Reglamento (UE) 2016/679", "CELEX:32016R0679:5-10"),
        ("es", "el artículo 5 a) del Reglamento (UE) 2016/679", "CELEX:32016R0679:5(a)"),
        (
            "sv",
            "enligt artikel 5 i förordning (EU) 2016/679 gäller",
            "CELEX:32016R0679:5",
        ),
    ],
)
def test_letter_that_is_a_word_or_point_stays(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang)
