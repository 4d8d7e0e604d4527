"""The instrument written before its article, in the genitive (lt, lv, et, fi, hu),
with both a name in brackets and its Official Journal reference between them: lt
"reglamento (ES) 2016/679 … (Bendrasis duomenų apsaugos reglamentas) (OL 2016 L 119,
p. 1) 32 straipsnio 1 ir 4 dalimis" (a sports agency's data protection rules) pins the
Regulation; and a Lithuanian title whose relative clause names the act it repeals,
"kuriuo panaikinama Direktyva 95/46/EB", is the Regulation's, not the Directive's (an
amending clause names the amended act in the genitive, and what follows is that act's)."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"
OJ = "OJ:L:2016:119:1"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Vadovaudamasi 2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamento (ES) "
            "2016/679 dėl fizinių asmenų apsaugos tvarkant asmens duomenis ir dėl laisvo tokių "
            "duomenų judėjimo ir kuriuo panaikinama Direktyva 95/46/EB (Bendrasis duomenų "
            "apsaugos reglamentas) (OL 2016 L 119, p. 1) 32 straipsnio 1 ir 4 dalimis, t v i r t "
            "i n u Asmens duomenų apsaugos taisykles.",
            ["CELEX:31995L0046", OJ, f"{GDPR}:32(1)", f"{GDPR}:32(4)"],
        ),
        (
            "lt",
            "Vadovaudamasi reglamento (ES) 2016/679 (Bendrasis duomenų apsaugos reglamentas) "
            "(OL 2016 L 119, p. 1) 32 straipsnio 1 dalimi",
            [OJ, f"{GDPR}:32(1)"],
        ),
        (
            "lv",
            "Regulas (ES) 2016/679 (Vispārīgā datu aizsardzības regula) (OV L 119, 4.5.2016., "
            "1. lpp.) 6. panta 1. punkta c) apakšpunkts",
            [OJ, f"{GDPR}:6(1)(c)"],
        ),
        (
            "et",
            "Euroopa Parlamendi ja nõukogu määruse (EL) 2016/679 (isikuandmete kaitse "
            "üldmäärus) (ELT L 119, 4.5.2016, lk 1) artikli 6 lõike 1 punkt c",
            [OJ, f"{GDPR}:6(1)(c)"],
        ),
        (
            "fi",
            "asetuksen (EU) 2016/679 (yleinen tietosuoja-asetus) (EUVL L 119, 4.5.2016, s. 1) "
            "6 artiklan 1 kohdan c alakohta",
            [OJ, f"{GDPR}:6(1)(c)"],
        ),
        (
            "hu",
            "az (EU) 2016/679 rendelet (általános adatvédelmi rendelet) (HL L 119., 2016.5.4., "
            "1. o.) 6. cikk (1) bekezdés c) pontja",
            [OJ, f"{GDPR}:6(1)(c)"],
        ),
        # The repealed act in the title's relative clause, no comma after it.
        (
            "lt",
            "Vadovaudamasi reglamento (ES) 2016/679 dėl fizinių asmenų apsaugos tvarkant asmens "
            "duomenis ir kuriuo panaikinama Direktyva 95/46/EB 32 straipsnio 1 dalimi, tvirtinu.",
            ["CELEX:31995L0046", f"{GDPR}:32(1)"],
        ),
    ],
)
def test_the_article_after_a_name_and_a_journal_reference(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A sentence ends after the journal reference: the next article is no one's.
        (
            "lt",
            "reglamentas (ES) 2016/679 (toliau – Reglamentas) (OL 2016 L 119, p. 1). 32 "
            "straipsnis taikomas nuo 2018 m.",
            [GDPR, OJ],
        ),
        # An amending title names the amended act in the genitive: its annex or article
        # after it is that act's ("amending Annex I to Regulation (EC) No 715/2009").
        (
            "lt",
            "2012/490/ES: 2012 m. rugpjūčio 24 d. Komisijos sprendimas, kuriuo iš dalies "
            "keičiamas Europos Parlamento ir Tarybos reglamento (EB) Nr. 715/2009 dėl teisės "
            "naudotis gamtinių dujų perdavimo tinklais sąlygų I priedas",
            ["CELEX:32012D0490", "CELEX:32009R0715:annex-I"],
        ),
        (
            "lt",
            "Komisijos reglamentas (ES) Nr. 1178/2010, kuriuo iš dalies keičiamas Reglamento "
            "(EB) Nr. 1234/2007 5 straipsnis",
            ["CELEX:32010R1178", "CELEX:32007R1234:5"],
        ),
        # The repealed directive's own article, cited on its own, stays the directive's.
        ("lt", "Direktyvos 95/46/EB 7 straipsnio f punktas", ["CELEX:31995L0046:7(f)"]),
        (
            "lt",
            "reglamento (ES) Nr. 910/2014 dėl elektroninės atpažinties vidaus rinkoje, kuriuo "
            "panaikinama Direktyva 1999/93/EB, 19 straipsnyje",
            ["CELEX:31999L0093", "CELEX:32014R0910:19"],
        ),
    ],
)
def test_the_gap_stops_where_the_words_say(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
