"""A chain with no instrument of its own takes the one its sentence named before it
(the contract's "in reach") across what running text holds between: the capitalised
common noun "Member States" (en, fr, es, it, pt), a PDF's hard wrap inside the sentence,
and a relative clause opened right after the chain by an "of" word and a pronoun (pt
"…, no qual", es "…, en el cual", it "…, nel quale"), no link to another instrument."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "A Diretiva 2008/98/CE aplica-se. Nos termos do artigo 4.º da Diretiva em causa, "
            "cabe aos Estados-\nMembros adotar um plano, no âmbito das medidas\n"
            "previstas nos n.ºs 1 e 2 do artigo 11.º, no qual se indiquem os objetivos.",
            ["CELEX:32008L0098:11(1)", "CELEX:32008L0098:11(2)"],
        ),
        (
            "es",
            "La Directiva 2008/98/CE se aplica. Con arreglo al artículo 4 de la Directiva en "
            "cuestión, los Estados miembros adoptarán un programa, en el ámbito de las medidas "
            "previstas en el artículo 11, en el cual se indiquen los objetivos.",
            ["CELEX:32008L0098:11"],
        ),
        (
            "it",
            "La direttiva 2008/98/CE si applica. Ai sensi dell'articolo 4 della direttiva in "
            "questione, gli Stati membri adottano un piano, nell'ambito delle misure "
            "previste all'articolo 11, nel quale figurano gli obiettivi.",
            ["CELEX:32008L0098:11"],
        ),
        (
            "en",
            "Directive 2008/98/EC applies. Under Article 4 of the Directive in question, "
            "Member States shall adopt a plan within the measures\nprovided for in "
            "Article 11.",
            ["CELEX:32008L0098:11"],
        ),
        (
            "fr",
            "La directive 2008/98/CE s'applique. Conformément à l'article 4 de la directive "
            "en cause, les États membres adoptent un plan, dans le cadre des mesures "
            "prévues à l'article 11.",
            ["CELEX:32008L0098:11"],
        ),
    ],
)
def test_chain_takes_the_sentences_instrument(lang: str, text: str, keys: list[str]) -> None:
    found = _keys(text, lang)
    for key in keys:
        assert key in found, (key, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another instrument after the chain: a national code
        (
            "pt",
            "A Diretiva 2008/98/CE aplica-se. Nos termos do artigo 4.º da Diretiva em causa, "
            "cabe aos Estados-Membros adotar um plano, ao abrigo do artigo 11.º do Código "
            "Civil, no qual se indiquem os objetivos.",
        ),
        # another instrument named with capitals between: not the directive's article
        (
            "en",
            "Directive 2008/98/EC applies. Under Article 4 of the Directive in question, "
            "Member States apply the rules of the Basel Convention as laid down in Article 11.",
        ),
        # a new paragraph, not a wrap
        (
            "es",
            "La Directiva 2008/98/CE se aplica. Con arreglo al artículo 4 de la Directiva en "
            "cuestión, los Estados miembros adoptarán un plan.\n\nEl artículo 11 de la "
            "Ley 22/2011 regula los residuos.",
        ),
    ],
)
def test_chain_of_another_instrument_not_taken(lang: str, text: str) -> None:
    assert "CELEX:32008L0098:11" not in _keys(text, lang), _keys(text, lang)
