"""A paragraph with no article of its own followed by "of that Article" (context words
``article_anaphors``) pins the article cited just before; "of this Article" is the
citing text's own article, no citation."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Art. 9 dyrektywy 2008/98/WE określa cele. Ust. 2 tego artykułu dotyczy planów."),
        (
            "cs",
            "Článek 9 směrnice 2008/98/ES stanoví cíle. Odstavec 2 uvedeného článku se týká plánů.",
        ),
        (
            "sk",
            "Článok 9 smernice 2008/98/ES stanovuje ciele. "
            "Odsek 2 uvedeného článku sa týka plánov.",
        ),
        (
            "sl",
            "Člen 9 Direktive 2008/98/ES določa cilje. Odstavek 2 navedenega člena zadeva načrte.",
        ),
        (
            "hr",
            "Članak 9. "
            "Direktive 2008/98/EZ utvrđuje ciljeve. Stavak 2. istog članka odnosi se na planove.",
        ),
        (
            "ro",
            "Articolul 9 din Directiva 2008/98/CE stabilește obiective. "
            "Alineatul (2) din același articol privește planurile.",
        ),
        (
            "bg",
            "Член 9 от Директива 2008/98/ЕО определя целите. "
            "Параграф 2 от същия член се отнася до плановете.",
        ),
        (
            "el",
            "Το άρθρο 9 της οδηγίας 2008/98/ΕΚ ορίζει στόχους. "
            "Η παράγραφος 2 του ίδιου άρθρου αφορά τα σχέδια.",
        ),
        (
            "da",
            "Artikel 9 i direktiv 2008/98/EF fastsætter mål. "
            "Stk. 2 i samme artikel vedrører planer.",
        ),
        (
            "sv",
            "Artikel 9 i direktiv 2008/98/EG fastställer mål. "
            "Punkt 2 i nämnda artikel gäller planer.",
        ),
        (
            "mt",
            "L-Artikolu 9 tad-Direttiva 2008/98/KE jistabbilixxi l-miri. "
            "Il-paragrafu 2 tal-istess Artikolu jikkonċerna l-pjanijiet.",
        ),
    ],
)
def test_that_article_pins_the_article_just_cited(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert keys[0].endswith(":9")
    assert keys == [keys[0], keys[0] + "(2)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "cs",
            "Podle odstavce 2 tohoto článku členské státy uplatní článek 9 směrnice 2008/98/ES.",
        ),
        ("sk", "Podľa odseku 2 tohto článku členské štáty uplatnia článok 9 smernice 2008/98/ES."),
        (
            "sl",
            "V skladu z odstavkom 2 tega člena države članice uporabljajo člen 9 Direktive "
            "2008/98/ES.",
        ),
    ],
)
def test_this_article_is_the_citing_texts_own(lang: str, text: str) -> None:
    assert all(not k.endswith("(2)") for k in _keys(text, lang))
