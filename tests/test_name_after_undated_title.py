"""A short name defined right after an act's title that amends another act names the
titled act, also where the titled act is cited without its date (sl "Uredbo (EU) št.
260/2012 o … in o spremembi Uredbe (ES) št. 924/2009 (v nadaljevanju Uredba)": "Uredba"
is 260/2012, so "9. člena Uredbe" is 260/2012's Article 9, not 924/2009's). Where the
titled act has a name of its own before the amending words, the name after the amended
act is the amended act's; a name that says another kind keeps picking its kind."""

from __future__ import annotations

import pytest

import citeresolve

SEPA, FEES = "CELEX:32012R0260", "CELEX:32009R0924"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "sl",
            "Svet je sprejel Uredbo (EU) št. 260/2012 o tehničnih zahtevah za kreditne prenose "
            "in o spremembi Uredbe (ES) št. 924/2009 (v nadaljevanju Uredba). Banke morajo "
            "upoštevati določbe 9. člena Uredbe.",
        ),
        (
            "en",
            "The Council adopted Regulation (EU) No 260/2012 establishing technical requirements "
            "for credit transfers and amending Regulation (EC) No 924/2009 (hereinafter the "
            "Regulation). Banks must comply with Article 9 of the Regulation.",
        ),
        (
            "de",
            "Der Rat erließ die Verordnung (EU) Nr. 260/2012 zur Festlegung der technischen "
            "Vorschriften für Überweisungen und zur Änderung der Verordnung (EG) Nr. 924/2009 "
            "(im Folgenden: die Verordnung). Die Banken beachten Artikel 9 der Verordnung.",
        ),
        (
            "hr",
            "Vijeće je donijelo Uredbu (EU) br. 260/2012 o utvrđivanju tehničkih zahtjeva za "
            "kreditne transfere i o izmjeni Uredbe (EZ) br. 924/2009 (u daljnjem tekstu: "
            "Uredba). Banke poštuju članak 9. Uredbe.",
        ),
        (
            "es",
            "El Consejo adoptó el Reglamento (UE) n.º 260/2012 por el que se establecen "
            "requisitos técnicos y por el que se modifica el Reglamento (CE) n.º 924/2009 (en lo "
            "sucesivo, el Reglamento). Los bancos respetan el artículo 9 del Reglamento.",
        ),
    ],
)
def test_name_after_amending_title_is_the_titled_acts(lang: str, text: str) -> None:
    assert keys(text, lang) == [SEPA, FEES, f"{SEPA}:9"]


def test_titled_act_named_first_leaves_the_name_to_the_amended_act() -> None:
    text = (
        "Directive (EU) 2017/2455 (the e-commerce VAT package) amending Directive 2006/112/EC "
        "(the VAT Directive). Article 5 of the VAT Directive applies."
    )
    assert keys(text, "en")[-1] == "CELEX:32006L0112:5"
    fr = (
        "la directive (UE) 2017/2455 du Conseil (ci-après la « directive relative au commerce "
        "électronique ») modifiant la directive 2006/112/CE (ci-après la « directive TVA »). "
        "L'article 5 de la directive TVA s'applique."
    )
    assert keys(fr, "fr")[-1] == "CELEX:32006L0112:5"


def test_name_of_another_kind_keeps_its_kind() -> None:
    text = (
        "Regulation (EU) 2019/1020 on market surveillance and amending Directive 2004/42/EC "
        "(the Directive). Article 3 of the Directive applies."
    )
    assert keys(text, "en")[-1] == "CELEX:32004L0042:3"


def test_national_law_after_the_title_names_nothing_of_the_act() -> None:
    text = (
        "Uredba (EU) št. 260/2012 o tehničnih zahtevah in o spremembi Zakona o plačilnih "
        "storitvah (v nadaljevanju zakon). Določbe 9. člena zakona veljajo od 1. 2. 2014."
    )
    assert keys(text, "sl") == [SEPA]
