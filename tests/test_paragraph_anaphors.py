"""Points with no article of their own followed by "of that paragraph" (the contract's
"of that paragraph" / "dicho apartado"; context_words.toml ``paragraph_anaphors``) are
points of the paragraph cited just before, in its instrument: "Article 10(7) … and points
(b) and (c) of that paragraph". With no paragraph cited before they cite nothing."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32017R2402"
EXPECTED = [f"{ACT}:10(7)", f"{ACT}:10(7)(b)", f"{ACT}:10(7)(c)"]


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key != ACT]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "uwzględniając rozporządzenie (UE) 2017/2402, w szczególności jego art. 10 ust. 7 "
            "akapit trzeci w zakresie, w jakim odnosi się on do akapitu pierwszego lit. b) i c) "
            "tego ustępu,",
        ),
        (
            "en",
            "Article 10(7) of Regulation (EU) 2017/2402 and points (b) and (c) of that paragraph "
            "apply.",
        ),
        (
            "es",
            "el artículo 10, apartado 7, del Reglamento (UE) 2017/2402 y las letras b) y c) de "
            "dicho apartado",
        ),
        (
            "fr",
            "l'article 10, paragraphe 7, du règlement (UE) 2017/2402 et les points b) et c) dudit "
            "paragraphe",
        ),
        (
            "de",
            "Artikel 10 Absatz 7 der Verordnung (EU) 2017/2402 und Buchstaben b und c dieses "
            "Absatzes gelten seit 2019",
        ),
    ],
)
def test_points_of_that_paragraph(lang: str, text: str) -> None:
    assert keys(text, lang) == EXPECTED


def test_no_paragraph_before_cites_no_points() -> None:
    text = "Article 10 of Regulation (EU) 2017/2402 and points (b) and (c) of that paragraph"
    assert keys(text, "en") == [f"{ACT}:10"]
