"""The Treaty cited by its bare noun after an article, as pre-Lisbon visas write "the
procedure laid down in Article 251 of the Treaty": in genitive-first Latvian before the
article ("Līguma 251. pantā"), in Maltese and Irish after an "of" word that holds the
definite article ("tat-Trattat", "den Chonradh"). Only the capitalised noun is the
Treaty; a lower-case one is any agreement or contract. Visas run into one line keep
their clauses apart by every form of the clause opener (sk "zo zreteľom na" beside "so
zreteľom na"), and a plural "thereof" (ro "articolele 42 și 308 ale acestuia") points
to the visa's instrument like the singular."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 175. pantu,\n"
            "saskaņā ar Līguma 251. pantā paredzēto procedūru,",
            ["TEC", "TEC:175", "TEC:251"],
        ),
        (
            "mt",
            "Wara li kkunsidraw it-Trattat li jistabbilixxi l-Komunità Ewropea,\n"
            "Waqt li jaġixxu skond il-proċedura stabbilita fl-Artikolu 251 tat-Trattat,",
            ["TEC", "TEC:251"],
        ),
        (
            "ga",
            "Ag féachaint don Chonradh ag bunú an Chomhphobail Eorpaigh,\n"
            "Ag gníomhú dóibh i gcomhréir leis an nós imeachta in Airteagal 251 den "
            "Chonradh,",
            ["TEC", "TEC:251"],
        ),
        (
            "en",
            "Having regard to the Treaty establishing the European Community,\n"
            "Acting in accordance with the procedure laid down in Article 251 of the Treaty,",
            ["TEC", "TEC:251"],
        ),
    ],
)
def test_the_treaty_by_its_bare_noun_after_an_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lower-case noun is an agreement of any kind: no Treaty article
        ("lv", "Saskaņā ar Eiropas Kopienas dibināšanas līgumu. Pušu līguma 5. pantā."),
        ("mt", "It-Trattat li jistabbilixxi l-Komunità Ewropea. L-Artikolu 5 tat-trattat."),
        ("ga", "An Conradh ag bunú an Chomhphobail Eorpaigh. Airteagal 5 den chonradh nua."),
    ],
)
def test_a_lower_case_agreement_is_no_treaty(lang: str, text: str) -> None:
    assert not any(k.startswith("TEC:") for k in keys(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a visa run into the title's line: its own opener starts the clause
        (
            "sk",
            "Nariadenie (ES) č. 1829/2003 Európskeho parlamentu a Rady z 22. septembra 2003 "
            "o geneticky modifikovaných potravinách EURÓPSKY PARLAMENT A RADA EURÓPSKEJ ÚNIE "
            "zo zreteľom na Zmluvu o založení Európskeho spoločenstva, a najmä na jej "
            "článok 37 a článok 95 ods. 1,",
            ["CELEX:32003R1829", "TEC", "TEC:37", "TEC:95(1)"],
        ),
        # the plural "of it" after a list of articles
        (
            "ro",
            "având în vedere Tratatul de instituire a Comunității Europene și, în special, "
            "articolele 42 și 308 ale acestuia,",
            ["TEC", "TEC:42", "TEC:308"],
        ),
        (
            "ro",
            "având în vedere Regulamentul (CE) nr. 1/2003 și, în special, articolele 7 și 9 "
            "ale acestuia,",
            ["CELEX:32003R0001", "CELEX:32003R0001:7", "CELEX:32003R0001:9"],
        ),
        (
            "en",
            "Regulation (EC) No 1829/2003 of the European Parliament and of the Council on "
            "genetically modified food THE EUROPEAN PARLIAMENT, Having regard to the Treaty "
            "establishing the European Community, and in particular Articles 37 and 95(1) "
            "thereof,",
            ["CELEX:32003R1829", "TEC", "TEC:37", "TEC:95(1)"],
        ),
    ],
)
def test_a_visa_pins_its_own_instrument(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
