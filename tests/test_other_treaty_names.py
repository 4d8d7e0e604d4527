"""A treaty name that runs on into another treaty's name: in word orders that put a
Community's field after its name, "the Treaty establishing the European Community"
begins "the Treaty establishing the European Coal and Steel Community" (fr "traité
instituant la Communauté européenne du charbon et de l'acier"). The ECSC Treaty has no
key, so neither it nor its articles are cited; the EC Treaty named alone still is. The
Euratom Treaty in Maltese old orthography ("ta' l-Enerġija Atomika", "Komunita'") is
its own name, never the EC Treaty."""

from __future__ import annotations

import pytest

from citeresolve import extract

ECSC = [
    (
        "fr",
        "Selon l'article 41 du traité instituant la Communauté européenne du charbon et "
        "de l'acier, la Cour statue à titre préjudiciel.",
    ),
    (
        "nl",
        "Reeds artikel 41 van het Verdrag tot oprichting van de Europese Gemeenschap voor "
        "Kolen en Staal voorzag in een prejudiciële procedure.",
    ),
    (
        "it",
        "L'articolo 41 del trattato che istituisce la Comunità europea del carbone e "
        "dell'acciaio prevedeva già il rinvio pregiudiziale.",
    ),
    (
        "es",
        "El artículo 41 del Tratado constitutivo de la Comunidad Europea del Carbón y del "
        "Acero ya preveía la cuestión prejudicial.",
    ),
    (
        "pt",
        "O artigo 41.º do Tratado que institui a Comunidade Europeia do Carvão e do Aço "
        "já previa o reenvio prejudicial.",
    ),
    (
        "ro",
        "Articolul 41 din Tratatul de instituire a Comunității Europene a Cărbunelui și "
        "Oțelului prevedea deja trimiterea preliminară.",
    ),
    (
        "ga",
        "Faoi Airteagal 41 den Chonradh ag bunú an Chomhphobail Eorpaigh do Ghual agus "
        "Cruach, a síníodh i bPáras.",
    ),
    (
        "cs",
        "Již článek 41 Smlouvy o založení Evropského společenství uhlí a oceli upravoval "
        "předběžnou otázku.",
    ),
    (
        "el",
        "Ήδη το άρθρο 41 της Συνθήκης για την ίδρυση της Ευρωπαϊκής Κοινότητας Άνθρακα "
        "και Χάλυβα προέβλεπε την προδικαστική παραπομπή.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ECSC)
def test_the_coal_and_steel_treaty_is_not_the_ec_treaty(lang: str, text: str) -> None:
    assert extract(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "fr",
            "Selon l'article 41 du traité instituant la Communauté européenne, la Cour statue.",
            "TEC:41",
        ),
        (
            "nl",
            "Krachtens artikel 41 van het Verdrag tot oprichting van de Europese "
            "Gemeenschap voor de lidstaten geldt dit niet.",
            "TEC:41",
        ),
        ("cs", "podle článku 41 Smlouvy o založení Evropského společenství a článku 5", "TEC:41"),
        (
            "fr",
            "l'article 41 du traité instituant la Communauté européenne de l'énergie atomique",
            "EAEC:41",
        ),
    ],
)
def test_the_other_community_treaties_keep_their_keys(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in extract(text, lang=lang)]


def test_maltese_euratom_treaty_in_the_old_orthography() -> None:
    text = (
        "skond l-Artikolu 191 tat-Trattat li jistabbilixxi l-Komunità Ewropea ta' l-Enerġija "
        "Atomika, u annessi mat-Trattat li jistabbilixxi l-Komunita' Ewropea ta' l-Enerġija "
        "Atomika:"
    )
    keys = [c.key for c in extract(text, lang="mt")]
    assert keys == ["EAEC:191", "EAEC"]
