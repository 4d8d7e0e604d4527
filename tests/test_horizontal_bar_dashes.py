"""A keyword line may separate its segments with a horizontal bar (U+2015) instead of a
dash: the view reads it as an em dash, so an article in a later segment belongs to the
act the line opens with, as with "—"; offsets stay those of the caller's text."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32003L0109"


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "pt",
            "Diretiva 2003/109/CE \u2015 Estatuto dos residentes \u2015 Artigo 3.°, n.° 2, "
            "alínea e) \u2015 Residência",
            "Artigo 3.°, n.° 2, alínea e)",
        ),
        (
            "es",
            "Directiva 2003/109/CE \u2015 Estatuto de los residentes \u2015 Artículo 3, "
            "apartado 2, letra e) \u2015 Residencia",
            "Artículo 3, apartado 2, letra e)",
        ),
        (
            "en",
            "Directive 2003/109/EC \u2015 Status of long-term residents \u2015 Article "
            "3(2)(e) \u2015 Residence",
            "Article 3(2)(e)",
        ),
    ],
)
def test_an_article_after_horizontal_bars(lang: str, text: str, surface: str) -> None:
    found = citeresolve.extract(text, lang=lang)
    assert [c.key for c in found] == [ACT, f"{ACT}:3(2)(e)"]
    assert text[found[1].start : found[1].end] == surface
