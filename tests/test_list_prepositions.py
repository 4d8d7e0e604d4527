"""A list of articles whose items each repeat a preposition other than "of" ("in
accordance with Article 43, with Article 218(6) and with Article 218(7) of the Treaty
…", ga "le hAirteagal 43, le hAirteagal 218(6) agus le hAirteagal 218(7) den
Chonradh …") is one list: the instrument named after its last item is the first
item's too. The preposition keeps the list only where it repeats the word before the
first article; elsewhere the chain ends at it, as before."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "requested in accordance with Article 43, with Article 218(6) and with "
            "Article 218(7) of the Treaty on the Functioning of the European Union,",
        ),
        (
            "ga",
            "a thíolaic an Chomhairle i gcomhréir le hAirteagal 43, le hAirteagal 218(6) "
            "agus le hAirteagal 218(7) den Chonradh ar Fheidhmiú an Aontais Eorpaigh,",
        ),
        (
            "es",
            "presentada de conformidad con el artículo 43, con el artículo 218, apartado 6, "
            "y con el artículo 218, apartado 7, del Tratado de Funcionamiento de la Unión "
            "Europea,",
        ),
        (
            "it",
            "presentata in conformità con l'articolo 43, con l'articolo 218, paragrafo 6, "
            "e con l'articolo 218, paragrafo 7, del trattato sul funzionamento dell'Unione "
            "europea,",
        ),
    ],
)
def test_a_repeated_preposition_keeps_the_first_item(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:43", "TFEU:218(6)", "TFEU:218(7)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the preposition does not repeat the word before the first article: two phrases
        (
            "en",
            "as laid down in Article 4, with Article 5 of Regulation (EU) 2016/679",
            ["CELEX:32016R0679:5"],
        ),
        (
            "es",
            "según el artículo 4, con el artículo 5 del Reglamento (UE) 2016/679",
            ["CELEX:32016R0679:5"],
        ),
        # after a chain, "with" names no instrument of its articles: the directive alone
        (
            "en",
            "the compatibility of Article 4 with Directive 2000/31/EC",
            ["CELEX:32000L0031"],
        ),
        (
            "ga",
            "comhoiriúnacht Airteagal 4 le Treoir 2000/31/CE",
            ["CELEX:32000L0031"],
        ),
    ],
)
def test_a_preposition_that_repeats_nothing_ends_the_chain(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
