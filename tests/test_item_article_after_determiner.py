"""A visa or list item that names an act, its title, then the act's articles after a
comma with a determiner (Belgian visas: fr "Vu le règlement (UE) n° 1308/2013 …
agricoles, l'article 148;", nl "…, de artikelen 148 en 149;", it "…, gli articoli 148 e
149;"): the articles are the act's, as without the determiner."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32013R1308"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Vu le règlement (UE) n° 1308/2013 du Parlement européen et du Conseil du 17 "
            "décembre 2013 portant organisation commune des marchés des produits agricoles, "
            "l'article 148;",
            [ACT, f"{ACT}:148"],
        ),
        (
            "fr",
            "Vu le règlement (UE) n° 1308/2013 du Parlement européen et du Conseil du 17 "
            "décembre 2013 portant organisation commune des marchés, les articles 148 et 168;",
            [ACT, f"{ACT}:148", f"{ACT}:168"],
        ),
        ("fr", "Vu le règlement (UE) n° 1308/2013, l'article 148;", [ACT, f"{ACT}:148"]),
        (
            "nl",
            "Gelet op verordening (EU) nr. 1308/2013 van het Europees Parlement en de Raad van "
            "17 december 2013 tot vaststelling van een gemeenschappelijke ordening van de "
            "markten, de artikelen 148 en 168;",
            [ACT, f"{ACT}:148", f"{ACT}:168"],
        ),
        (
            "it",
            "Visto il regolamento (UE) n. 1308/2013 del Parlamento europeo e del Consiglio, del "
            "17 dicembre 2013, recante organizzazione comune dei mercati dei prodotti agricoli, "
            "gli articoli 148 e 168;",
            [ACT, f"{ACT}:148", f"{ACT}:168"],
        ),
    ],
)
def test_articles_after_comma_and_determiner(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_national_law_visa_stays_uncited() -> None:
    assert keys("Vu la loi du 17 juin 2016 relative aux marchés publics, l'article 67;", "fr") == []
