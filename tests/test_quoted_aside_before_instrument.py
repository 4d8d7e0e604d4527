"""An aside in brackets between an article chain and its "of" word may quote the words
it means, and the quotation may hold brackets and numbers: it "l'articolo 17, paragrafo
4, lettera c), in fine (ossia, nella parte che include le parole: «… alla lettera b)»)
della direttiva (UE) 2019/790" pins the directive (was the bare directive)."""

from __future__ import annotations

import pytest

import citeresolve

D790 = "CELEX:32019L0790"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "annullare l'articolo 15, paragrafo 2, lettera a) (ossia la parte che recita: «salvo"
            " quanto previsto alla lettera c) del paragrafo 1») della direttiva (UE) 2019/790",
            [f"{D790}:15(2)(a)"],
        ),
        (
            "en",
            "annul Article 15(2)(a) (namely the words “save as provided in point (c) of"
            " paragraph 1”) of Directive (EU) 2019/790",
            [f"{D790}:15(2)(a)"],
        ),
        (
            "fr",
            "annuler l'article 15, paragraphe 2, point a) (à savoir les mots « sauf dans le cas"
            " visé au point c) du paragraphe 1 ») de la directive (UE) 2019/790",
            [f"{D790}:15(2)(a)"],
        ),
        (
            "es",
            "anular el artículo 15, apartado 2, letra a) (es decir, las palabras «salvo lo"
            " dispuesto en la letra c) del apartado 1») de la Directiva (UE) 2019/790",
            [f"{D790}:15(2)(a)"],
        ),
        # an aside with no "of" word after it links nothing
        (
            "en",
            "Article 15(2)(a) (namely the words “save as provided”) applies. Directive (EU)"
            " 2019/790 was adopted.",
            [D790],
        ),
    ],
)
def test_quoted_aside_before_the_instrument(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
