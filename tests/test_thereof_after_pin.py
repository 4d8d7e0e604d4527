""" "thereof" after a pinned article in a sentence that names no instrument: the
instrument of the sentence before (nl "Artikel 23, lid 1, onder e), ervan", en
"Article 23(1)(e) thereof", de "… derselben", fr "… de celui-ci")."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "nl",
            "Krachtens artikel 6, lid 3, van de AVG moet de rechtsgrond worden vastgesteld "
            "bij Unierecht. Artikel 23, lid 1, onder e), ervan staat beperkingen toe.",
            [f"{GDPR}:6(3)", f"{GDPR}:23(1)(e)"],
        ),
        (
            "nl",
            "Gelet op Richtlijn 2006/112/EG van de Raad, en met name artikel 395, lid 1, ervan,",
            ["CELEX:32006L0112", "CELEX:32006L0112:395(1)"],
        ),
        (
            "en",
            "Article 6(3) of the GDPR requires a legal basis in Union or Member State law. "
            "Article 23(1)(e) thereof permits restrictions.",
            [f"{GDPR}:6(3)", f"{GDPR}:23(1)(e)"],
        ),
        (
            "de",
            "Art. 6 Abs. 3 DSGVO verlangt eine Rechtsgrundlage. Art. 23 Abs. 1 Buchst. e "
            "derselben erlaubt Beschränkungen.",
            [f"{GDPR}:6(3)", f"{GDPR}:23(1)(e)"],
        ),
        (
            "fr",
            "L'article 6, paragraphe 3, du RGPD exige une base légale. L'article 23, "
            "paragraphe 1, sous e), de celui-ci permet des limitations.",
            [f"{GDPR}:6(3)", f"{GDPR}:23(1)(e)"],
        ),
        # "ervan" that does not follow an article is no "thereof"
        ("nl", "De gemeente maakt ervan gebruik op grond van artikel 5 van de wet.", []),
    ],
)
def test_thereof_after_a_pin_takes_the_instrument_before(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys
