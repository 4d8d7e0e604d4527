"""The EC and EU Treaties of the pre-Lisbon era under their short or descriptive
names: es "Tratado de la Comunidad Europea", pt "Tratado da Comunidade Europeia",
it "trattato della Comunità europea", en "Treaty of the European Community" (the
EC Treaty without "establishing"), pl "Traktat ustanawiający Unię Europejską" (the
EU Treaty as a Framework Decision's visa names it). Each names the Treaty, pins its
articles, and makes a later bare "the Treaty" that Treaty."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Visto el Tratado de la Comunidad Europea, y en particular su artículo 95, "
            "y considerando que el artículo 49 del Tratado garantiza la libre prestación.",
            ["TEC", "TEC:95", "TEC:49"],
        ),
        (
            "es",
            "Las medidas adoptadas con arreglo al Tratado de la Comunidad Económica Europea, "
            "en particular su artículo 100, siguen vigentes.",
            ["TEC", "TEC:100"],
        ),
        (
            "pt",
            "Tendo em conta o Tratado da Comunidade Europeia, nomeadamente o artigo 37.º,",
            ["TEC", "TEC:37"],
        ),
        (
            "it",
            "visto il trattato della Comunità europea, in particolare l'articolo 175,",
            ["TEC", "TEC:175"],
        ),
        (
            "en",
            "Having regard to the Treaty of the European Community, and in particular "
            "Article 308 thereof,",
            ["TEC", "TEC:308"],
        ),
        (
            "pl",
            "uwzględniając Traktat ustanawiający Unię Europejską, w szczególności jego "
            "art. 30 ust. 1 lit. a) oraz art. 34 ust. 2 lit. b),",
            ["TEU", "TEU:30(1)(a)", "TEU:34(2)(b)"],
        ),
        (
            "pl",
            "Zgodnie z Traktatem ustanawiającym Unię Europejską państwa członkowskie "
            "współpracują w sprawach karnych.",
            ["TEU"],
        ),
    ],
)
def test_short_treaty_names(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another community's treaty is none of the EU Treaties
        ("es", "El Tratado de la Comunidad Andina, en su artículo 3, regula la integración."),
        ("pt", "O Tratado da Comunidade dos Países de Língua Portuguesa, artigo 5.º, prevê."),
        ("en", "The Treaty of the East African Community, in Article 5, sets out the aims."),
        # the Constitutional Treaty is not the EU Treaty
        ("pl", "Traktat ustanawiający Konstytucję dla Europy, art. 5, nie wszedł w życie."),
    ],
)
def test_other_treaties_not_eu(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith(("TEC", "TEU"))]
