"""Articles of several instruments under one article word, parted by commas as well as
by "and", also past an act's date and title and past a national code named first: fr
"articles 267 du TFUE, 47 et 48 de la Charte … et 6 de la Convention", "articles 12 et 14
du code civil, 4 bis de la décision-cadre 2002/584/JAI du Conseil du 13 juin 2002 relative
au mandat d'arrêt européen, 47 de la Charte"; it, es the same. A number after the comma
that names no instrument of its own stays no article."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Vu les articles 267 du TFUE, 47 et 48 de la Charte des droits fondamentaux de "
            "l'Union européenne et 6 de la Convention européenne des droits de l'homme ;",
            ["TFEU:267", "CFR:47", "CFR:48", "ECHR:6"],
        ),
        (
            "fr",
            "Le pourvoi invoque la violation des articles 12 et 14 du code civil, 4 bis de la "
            "décision-cadre 2002/584/JAI du Conseil du 13 juin 2002 relative au mandat d'arrêt "
            "européen, 47 de la Charte des droits fondamentaux de l'Union européenne.",
            ["CELEX:32002F0584:4a", "CFR:47"],
        ),
        (
            "it",
            "Il ricorrente lamenta la violazione degli articoli 57 della direttiva 2014/24/UE "
            "del Parlamento europeo e del Consiglio, del 26 febbraio 2014, sugli appalti "
            "pubblici, 47 della Carta dei diritti fondamentali dell'Unione europea e 6 della "
            "CEDU.",
            ["CELEX:32014L0024:57", "CFR:47", "ECHR:6"],
        ),
        (
            "es",
            "Se alega la infracción de los artículos 4 de la Directiva 2003/88/CE del "
            "Parlamento Europeo y del Consejo, de 4 de noviembre de 2003, relativa a "
            "determinados aspectos de la ordenación del tiempo de trabajo, 31 de la Carta y "
            "267 del TFUE.",
            ["CELEX:32003L0088:4", "CFR:31", "TFEU:267"],
        ),
        # a number after the comma that names no instrument of its own is no article
        (
            "fr",
            "Selon l'article 5 du règlement (UE) 2016/679, 25 des 27 États membres ont adopté "
            "une loi.",
            ["CELEX:32016R0679:5"],
        ),
        (
            "it",
            "Ai sensi dell'articolo 3 della direttiva 2011/83/UE, 12 Stati membri hanno "
            "notificato misure.",
            ["CELEX:32011L0083:3"],
        ),
    ],
)
def test_articles_after_commas(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
