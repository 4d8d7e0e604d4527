"""A convention named by the place where it was signed, as the Court's keyword lines
name the UN Convention on the Law of the Sea ("Montego Bay Convention"): the registered
instrument, and the article in the next segment is its article."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Maritime transport – Montego Bay Convention – Article 211(5) – Ship-source pollution",
        ),
        ("et", "Meretransport – Montego Bay konventsioon – Artikli 211 lõige 5 – Merereostus"),
        (
            "fr",
            "Transport maritime – Convention de Montego Bay – Article 211, paragraphe 5 – Rejets",
        ),
        ("de", "Seeverkehr – Übereinkommen von Montego Bay – Art. 211 Abs. 5 – Verschmutzung"),
        (
            "pl",
            "Transport morski – Konwencja z Montego Bay – Artykuł 211 ust. 5 – Zanieczyszczenie",
        ),
        ("fi", "Meriliikenne – Montego Bayn yleissopimus – 211 artiklan 5 kohta – Pilaantuminen"),
    ],
)
def test_the_place_name_is_unclos_and_owns_the_next_segments_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["UNCLOS", "UNCLOS:211(5)"]


def test_another_convention_of_the_same_place_word_is_not_unclos() -> None:
    # only the whole name: a bay alone, or another convention signed elsewhere, is not it
    assert _keys("Meretransport – Marpoli konventsioon 73/78 – Merereostus", "et") == []
    assert _keys("the Montego Bay conference of 1982 closed", "en") == []
