"""An act word split by a hyphen inside the line (a converted PDF lost the line break of
a hyphenated word and kept its hyphen) is read whole, in every language; a compound
written with its hyphen, whose piece is an act word, reads as before."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.split_act_words import join_split_act_words


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Lisäksi esiin tuodaan sivutuoteasetuksen (EY 1069/2009) ja jätedi-rektiivin "
            "(2008/98/EY) esittämät vaatimukset.",
            [
                ("CELEX:32009R1069", "asetuksen (EY 1069/2009"),
                ("CELEX:32008L0098", "di-rektiivin (2008/98/EY"),
            ],
        ),
        (
            "de",
            "Die Richt-linie 2008/98/EG über Abfälle ist bis 2010 umzusetzen.",
            [("CELEX:32008L0098", "Richt-linie 2008/98/EG")],
        ),
        (
            "fr",
            "Conformément à la direc-tive 2008/98/CE relative aux déchets, les États membres",
            [("CELEX:32008L0098", "direc-tive 2008/98/CE")],
        ),
        (
            "pl",
            "zgodnie z dyrek-tywą 2008/98/WE w sprawie odpadów",
            [("CELEX:32008L0098", "dyrek-tywą 2008/98/WE")],
        ),
        (
            "sv",
            "Enligt avfallsdi-rektivet (2008/98/EG) ska medlemsstaterna",
            [("CELEX:32008L0098", "avfallsdi-rektivet (2008/98/EG")],
        ),
        (
            "it",
            "La diret-tiva 2008/98/CE relativa ai rifiuti stabilisce",
            [("CELEX:32008L0098", "diret-tiva 2008/98/CE")],
        ),
    ],
)
def test_a_split_act_word_gives_its_number_a_kind(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A compound with its hyphen whose piece is the act word: read as before.
        (
            "fi",
            "Käsittely perustuu tietosuoja-asetuksen (EU) 2016/679 mukaisesti.",
            [("CELEX:32016R0679", "tietosuoja-asetuksen (EU) 2016/679")],
        ),
        (
            "fr",
            "la décision-cadre 2002/584/JAI du Conseil",
            [("CELEX:32002F0584", "décision-cadre 2002/584/JAI")],
        ),
        # Hyphenated words that join into no act word: no kind comes for the number.
        ("de", "Die Ab-fallrahmen 2008/98/EG gelten", []),
    ],
)
def test_other_hyphenated_words_read_as_before(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "biopolttoainei-den laskentamenetelmistä",  # a split word that is no act word
        "EU-direktiivin mukaan",  # a capital abbreviation's compound
        "peut-être la directive",
        "tietosuoja-asetuksen mukaan",
    ],
)
def test_the_view_keeps_other_hyphens(text: str) -> None:
    assert join_split_act_words(text) == text


def test_the_view_keeps_its_length_and_the_word_start() -> None:
    view = join_split_act_words("la direc-tive 2008/98/CE")
    assert view == "la directive  2008/98/CE"
