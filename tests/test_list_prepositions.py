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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a preposition that is also the language's range word ("à", "al", "ao")
        (
            "fr",
            "conformément à l'article 43, à l'article 218, paragraphe 6, et à l'article 218, "
            "paragraphe 7, du traité sur le fonctionnement de l'Union européenne",
            ["TFEU:43", "TFEU:218(6)", "TFEU:218(7)"],
        ),
        (
            "es",
            "con arreglo al artículo 43, al artículo 218 y al artículo 219 del TFUE",
            ["TFEU:43", "TFEU:218", "TFEU:219"],
        ),
        (
            "pt",
            "em conformidade com o disposto ao artigo 43.º, ao artigo 218.º, n.º 6, e ao "
            "artigo 218.º, n.º 7, do Tratado sobre o Funcionamento da União Europeia",
            ["TFEU:43", "TFEU:218(6)", "TFEU:218(7)"],
        ),
        # after a number with no comma the word is the range's "to", as before
        (
            "fr",
            "de l'article 4 à l'article 7 du règlement (UE) 2016/679",
            ["CELEX:32016R0679:4-7"],
        ),
        (
            "es",
            "del artículo 4 al artículo 7 del Reglamento (UE) 2016/679",
            ["CELEX:32016R0679:4-7"],
        ),
        # another preposition before the first article: two phrases
        (
            "fr",
            "de l'article 4, à l'article 7 du règlement (UE) 2016/679",
            ["CELEX:32016R0679:7"],
        ),
    ],
)
def test_a_repeated_range_word_is_the_list_preposition(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
