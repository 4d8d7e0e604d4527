"""An abbreviation of a registered international instrument that the text defines in
brackets after the instrument's name is a defined short name: standing alone later it
is no citation (contract: short forms), though an article still takes it. The
Treaties' abbreviations are their names and stay cited alone."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Unión es Parte en la Convención sobre los Derechos de las Personas con "
            "Discapacidad (CDPD). El objetivo de la CDPD es proteger esos derechos. "
            "Según el artículo 9 de la CDPD, los Estados garantizan la accesibilidad.",
        ),
        (
            "pt",
            "A União é parte na Convenção das Nações Unidas sobre os Direitos das Pessoas "
            "com Deficiência (CNUDPD). A CNUDPD obriga os Estados. Nos termos do artigo 9.º "
            "da CNUDPD, os Estados garantem a acessibilidade.",
        ),
        (
            "en",
            "The Union has ratified the UN Convention on the Rights of Persons with "
            "Disabilities (UNCRPD). The UNCRPD sets out duties of the parties. Under "
            "Article 9 of the UNCRPD, parties ensure accessibility.",
        ),
        (
            "nl",
            "De Unie is partij bij het Verdrag inzake de rechten van personen met een "
            "handicap (VRPH). Het VRPH verplicht de partijen. Volgens artikel 9 VRPH "
            "zorgen de partijen voor toegankelijkheid.",
        ),
    ],
)
def test_defined_abbreviation_alone_is_no_citation(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == ["CRPD", "CRPD:9"]


def test_an_undefined_abbreviation_alone_is_cited() -> None:
    text = "La Cour examine la compatibilité des limitations avec la CEDH et sa jurisprudence."
    assert [c.key for c in extract(text, lang="fr")] == ["ECHR"]


def test_a_treaty_abbreviation_alone_stays_cited() -> None:
    text = (
        "como se establece en el artículo 2 del Tratado de la Unión Europea (TUE) y en "
        "los preámbulos del propio TUE."
    )
    assert [c.key for c in extract(text, lang="es")] == ["TEU:2", "TEU"]
