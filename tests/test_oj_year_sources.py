"""Where an Official Journal reference's year comes from: its own date, also with hyphens
and a two-digit year; else the act whose title it closes (the act cited with its own
date, then the act its authors follow, then the act cited last); else a date or a
Commission decision number just before it."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Day, month and year joined by hyphens, as wikis and national sites print them.
        (
            "nl",
            "Verordening (EG) nr. 1/2003 (PB L 1, 4-1-2003, blz. 0001-0025)",
            ["OJ:L:2003:001:1"],
        ),
        ("it", "la direttiva 2011/24/UE (GU L 88, 4-4-2011, pag. 45)", ["OJ:L:2011:088:45"]),
        # The year with two digits.
        ("fr", "les lignes directrices (JOUE C 120 du 15-5-09, p. 2)", ["OJ:C:2009:120:2"]),
        ("de", "die Bekanntmachung (ABl. C 11 vom 14-1-98, S. 3)", ["OJ:C:1998:011:3"]),
        # A page range with a hyphen is no date.
        ("en", "Directive (EU) 2017/1564 (OJ L 242, 20.9.2017, pp. 6-13)", ["OJ:L:2017:242:6"]),
        # A hyphenated date that is none: no month 14.
        ("nl", "het besluit (PB L 12, 31-14-2005)", []),
    ],
)
def test_hyphenated_dates(lang: str, text: str, expected: list[str]) -> None:
    assert oj(text, lang) == expected


# A title long enough to pass 400 characters between the act and its OJ reference.
_LONG_TITLE = (
    "relative à la protection des consommateurs en matière de contrats à distance, "
    "à la vente et aux garanties des biens de consommation, aux voyages, vacances et "
    "circuits à forfait, à l'utilisation à temps partiel de biens immobiliers, aux "
    "services financiers fournis à distance et à la coopération entre les autorités "
    "nationales chargées de veiller à l'application de la législation en matière de "
    "protection des consommateurs, et modifiant la directive 93/13/CEE du Conseil et "
)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The act cited with its date heads a long title; the acts it amends come after
        # it, one with its authors but no date.
        (
            "fr",
            "la directive 2008/48/CE du Parlement européen et du Conseil, du 23 avril 2008, "
            + _LONG_TITLE
            + "le règlement (CE) n° 2006/2004 du Parlement européen et du Conseil "
            "(JO L 133, p. 66).",
            ["OJ:L:2008:133:66"],
        ),
        # The head act's date was lost: the act its authors follow, not an act its title
        # names without them.
        (
            "en",
            "Regulation (EU) 2019/1150 of the European Parliament and of the Council of on "
            "promoting fairness for business users, amending Directive 2005/29/EC on "
            "unfair practices (OJ L 186, , p. 57)",
            ["OJ:L:2019:186:57"],
        ),
        (
            "de",
            "Richtlinie (EU) 2019/771 des Europäischen Parlaments und des Rates vom über "
            "den Warenkauf, zur Änderung der Richtlinie 1999/44/EG (ABl. L 136, , S. 28)",
            ["OJ:L:2019:136:28"],
        ),
        (
            "es",
            "la Directiva (UE) 2019/2161 del Parlamento Europeo y del Consejo de por la que "
            "se modifica la Directiva 98/6/CE (DO L 328, , p. 7)",
            ["OJ:L:2019:328:7"],
        ),
        # No act has its authors or its date: the act cited last, as before.
        (
            "en",
            "Directive 2005/29/EC amending Directive 84/450/EEC (OJ L 149, p. 22)",
            ["OJ:L:1984:149:22"],
        ),
    ],
)
def test_year_of_the_head_act(lang: str, text: str, expected: list[str]) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A Commission decision cited by its document number only gives its year.
        (
            "es",
            "la Decisión de la Comisión C(2011) 4567 final, relativa a un procedimiento "
            "(publicada en el Diario Oficial de la Unión Europea C 99, p. 4)",
            ["OJ:C:2011:099:4"],
        ),
        (
            "de",
            "die Entscheidung K(2006) 1766 der Kommission in einem Verfahren nach Artikel 81 "
            "EG (ABl. L 353, S. 12)",
            ["OJ:L:2006:353:12"],
        ),
        (
            "en",
            "Commission Decision C(2008) 5476 final relating to a proceeding under Article "
            "81 of the EC Treaty (summary published in OJ C 173, p. 13)",
            ["OJ:C:2008:173:13"],
        ),
        # An act with a number a key is made of comes first.
        (
            "en",
            "the decision C(2004) 900, adopted under Council Regulation (EC) No 1/2003 "
            "(OJ L 1, p. 1)",
            ["OJ:L:2003:001:1"],
        ),
        # A letter run into a word is no document number: nothing gives the year.
        ("en", "the IC(2009) 12 report (OJ C 5, p. 1)", []),
    ],
)
def test_year_of_a_commission_decision_number(lang: str, text: str, expected: list[str]) -> None:
    assert oj(text, lang) == expected
