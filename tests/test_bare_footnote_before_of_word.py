"""A footnote marker printed as a bare number between an article chain and the "of"
word before its instrument (text copied from a PDF: pt "artigo 4.º, n.º 3 3, do Tratado
da União Europeia", note 3): the chain is the instrument's; before, the marker cut the
chain from its instrument, which stood alone as the whole treaty."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "ao juiz nacional foi também acometida a função europeia de realizar e garantir a "
            "eficácia interna do Direito Europeu em obediência ao princípio da cooperação leal "
            "enunciado no artigo 4.º, n.º 3 3, do Tratado da União Europeia. 1 E nessa medida",
            ["TEU:4(3)"],
        ),
        (
            "es",
            "El juez nacional queda sujeto al principio de cooperación leal consagrado en el "
            "artículo 4, apartado 3 3, del Tratado de la Unión Europea. 3 Véase también",
            ["TEU:4(3)"],
        ),
        (
            "fr",
            "Le juge national est tenu par le principe de coopération loyale énoncé à "
            "l'article 4, paragraphe 3 3, du traité sur l'Union européenne.",
            ["TEU:4(3)"],
        ),
        (
            "it",
            "Il giudice nazionale è vincolato dal principio di leale cooperazione di cui "
            "all'articolo 4, paragrafo 3 3, del Trattato sull'Unione europea.",
            ["TEU:4(3)"],
        ),
        (
            "en",
            "The national court is bound by the principle of sincere cooperation laid down in "
            "Article 4(3) 3 of the Treaty on European Union.",
            ["TEU:4(3)"],
        ),
        (
            "nl",
            "De nationale rechter is gebonden aan het beginsel van loyale samenwerking van "
            "artikel 4, lid 3 3, van het Verdrag betreffende de Europese Unie.",
            ["TEU:4(3)"],
        ),
        # the marker glued to the paragraph's bracket
        (
            "en",
            "Member States are bound by the duty laid down in Article 4(3)3 of the Treaty on "
            "European Union.",
            ["TEU:4(3)"],
        ),
        # before a comma and the treaty's abbreviation, with no "of" word
        (
            "it",
            "Gli Stati membri sono tenuti alla leale cooperazione ai sensi dell'art. 4, par. 3 3, "
            "TUE.",
            ["TEU:4(3)"],
        ),
        (
            "fr",
            "Les États membres sont tenus par l'article 4, paragraphe 3 3, TUE.",
            ["TEU:4(3)"],
        ),
        # a two-digit note number before an act
        (
            "en",
            "The controller relied on Article 6 12 of Regulation (EU) 2016/679 for the transfer.",
            ["CELEX:32016R0679:6"],
        ),
        (
            "pt",
            "O reenvio prejudicial está previsto no artigo 267.º 14 do TFUE desde Lisboa.",
            ["TFEU:267"],
        ),
    ],
)
def test_bare_marker_between_chain_and_of_word(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a list with its "and" word: two articles, no marker
        (
            "en",
            "The Court relied on Articles 3 and 4 of the Treaty on European Union.",
            ["TEU:3", "TEU:4"],
        ),
        # a number listed after a comma is a unit of the list, not a marker
        (
            "nl",
            "Dit volgt uit artikel 11, 2 en 3 van de Verordening (EU) 2016/679.",
            ["CELEX:32016R0679:11", "CELEX:32016R0679:2", "CELEX:32016R0679:3"],
        ),
        # a comma and a capital that begin no instrument's name: no key
        (
            "en",
            "Under Article 5 2, Member States shall notify the Commission.",
            [],
        ),
        # national law after the marker: no EU key
        (
            "pt",
            "Aplica-se o artigo 4.º, n.º 3 3, do Código Civil português.",
            [],
        ),
    ],
)
def test_no_marker_read_where_none_stands(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
