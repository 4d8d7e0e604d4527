"""A chain alone in brackets after a statement about a registered international
instrument cites that instrument, also when words stand between its name and the
bracket (its maker, "of the Council of Europe"); an instrument named after an EU act
in the clause keeps a later bracket from going back to the act."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Sustav se analizira s obzirom na zahtjeve koje pred zakonodavca postavlja "
            "Konvencija za zaštitu ljudskih prava i temeljnih sloboda Vijeća Europe (čl. 6.).",
            ["ECHR", "ECHR:6"],
        ),
        (
            "sl",
            "Postopek mora izpolnjevati zahteve, kot jih določa Konvencija o varstvu "
            "človekovih pravic in temeljnih svoboščin Sveta Evrope (6. člen).",
            ["ECHR", "ECHR:6"],
        ),
        (
            "fr",
            "La procédure doit respecter les garanties prévues par la Convention européenne "
            "des droits de l'homme du Conseil de l'Europe (art. 6).",
            ["ECHR", "ECHR:6"],
        ),
        (
            "en",
            "The procedure must meet the guarantees of the European Convention on Human "
            "Rights of the Council of Europe (Article 6).",
            ["ECHR", "ECHR:6"],
        ),
        (
            "es",
            "La Directiva 2008/56 se aplica a las aguas sobre las que un Estado miembro "
            "ejerce su jurisdicción de conformidad con la Convención de las Naciones Unidas "
            "sobre el Derecho del Mar, salvo que otra legislación ya los aborde (artículos 2 "
            "y 4, apartado 1).",
            ["CELEX:32008L0056", "UNCLOS"],
        ),
    ],
)
def test_bracketed_article_after_instrument(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
