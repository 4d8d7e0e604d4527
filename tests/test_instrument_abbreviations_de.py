"""Registered international instruments by the abbreviations courts write after an
article: de "Art. 33 Abs. 1 GFK" (the Refugee Convention; "GFK" alone is also a material,
so it only completes an article), "Art. 24 UN-BRK", "Art. 3 UN-KRK"; as nl "artikel 3
IVRK", fr "article 3 de la CIDE" and en "Article 3 UNCRC" already were."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "de",
            "Das Refoulement-Verbot des Art. 33 Abs. 1 GFK bleibt unberührt.",
            ["REFUGEE-CONVENTION:33(1)"],
        ),
        (
            "de",
            "Nach Art. 24 UN-BRK und Art. 3 Abs. 1 UN-KRK haben Kinder mit Behinderungen "
            "ein Recht auf inklusive Bildung.",
            ["CRPD:24", "CRC:3(1)"],
        ),
        ("nl", "Gelet op artikel 3 IVRK moet het belang van het kind voorop staan.", ["CRC:3"]),
        ("fr", "Aux termes de l'article 3 de la CIDE, l'intérêt de l'enfant prime.", ["CRC:3"]),
        ("en", "Article 3 UNCRC makes the child's best interests primary.", ["CRC:3"]),
        # "GFK" standing alone (glass-fibre reinforced plastic, or the Convention named
        # without an article) is no citation
        ("de", "Die GFK-Rohre wurden geliefert; die GFK gilt auch hier.", []),
    ],
)
def test_instrument_abbreviation_after_article(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == keys
