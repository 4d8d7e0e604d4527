"""An article chain after an act whose relative title clause lists the acts it amends or
repeals and closes with the act's Official Journal reference is the titled act's (et
"määruse (EÜ) nr 73/2009, millega … muudetakse määruseid … ning tunnistatakse kehtetuks
määrus (EÜ) nr 1782/2003 (ELT L 30, …), artiklite 131"), not the last act of the list;
where that clause names an act with a clause of its own, the outermost act's. The titled
act only completes the chain (et precedent R53, R55: no citation of its own)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Määrus kehtestatakse nõukogu määruse (EÜ) nr 73/2009, millega kehtestatakse ühise "
            "põllumajanduspoliitika raames põllumajandustootjate suhtes kohaldatavate "
            "otsetoetuskavade ühiseeskirjad ja teatavad toetuskavad põllumajandustootjate "
            "jaoks, muudetakse määruseid (EÜ) nr 1290/2005, (EÜ) nr 247/2006, (EÜ) nr 378/2007 "
            "ning tunnistatakse kehtetuks määrus (EÜ) nr 1782/2003 (ELT L 30, 31.1.2009, lk "
            "16–99), artiklite 131, 132 ja 133a alusel.",
            [
                "CELEX:32005R1290",
                "CELEX:32006R0247",
                "CELEX:32007R0378",
                "CELEX:32003R1782",
                "OJ:L:2009:030:16",
                "CELEX:32009R0073:131",
                "CELEX:32009R0073:132",
                "CELEX:32009R0073:133a",
            ],
        ),
        # a title over 240 characters: the whole list of the acts it amends
        (
            "et",
            "Määrus kehtestatakse nõukogu määruse (EÜ) nr 1782/2003, millega kehtestatakse ühise "
            "põllumajanduspoliitika raames kohaldatavate otsetoetuskavade ühiseeskirjad ja "
            "teatavad toetuskavad põllumajandustootjate jaoks ning muudetakse määruseid (EMÜ) nr "
            "2019/93, (EÜ) 1452/2001, (EÜ) 1453/2001, (EÜ) 1454/2001, (EÜ) 1868/94, (EÜ) "
            "1251/1999, (EÜ) 1254/1999, (EÜ) 1673/2000, (EMÜ) 2358/1971 ja (EÜ) 2529/2001 (ELT "
            "L 270, 21.10.2003, lk 1–69), artiklite 143b ja 143c alusel.",
            [
                "CELEX:31993R2019",
                "CELEX:32001R1452",
                "CELEX:32001R1453",
                "CELEX:32001R1454",
                "CELEX:31994R1868",
                "CELEX:31999R1251",
                "CELEX:31999R1254",
                "CELEX:32000R1673",
                "CELEX:31971R2358",
                "CELEX:32001R2529",
                "OJ:L:2003:270:1",
                "CELEX:32003R1782:143b",
                "CELEX:32003R1782:143c",
            ],
        ),
        # the clause names an act with a clause of its own: the outer act's articles
        (
            "et",
            "ning komisjoni delegeeritud määruse (EL) nr 639/2014, millega täiendatakse Euroopa "
            "Parlamendi ja nõukogu määrust (EL) nr 1307/2013, millega kehtestatakse ühise "
            "põllumajanduspoliitika raames toetuskavade alusel põllumajandustootjatele "
            "makstavate otsetoetuste eeskirjad, ning muudetakse kõnealuse määruse X lisa (ELT L "
            "181, 20.6.2014, lk 1–47), artikli 4 lõike 1 punkti b ja artikli 12 lõike 2 alusel.",
            [
                "CELEX:32013R1307",
                "CELEX:32013R1307:annex-X",
                "OJ:L:2014:181:1",
                "CELEX:32014R0639:4(1)(b)",
                "CELEX:32014R0639:12(2)",
            ],
        ),
        (
            "lt",
            "Įsakymas priimtas vadovaujantis 2013 m. gruodžio 17 d. Europos Parlamento ir "
            "Tarybos reglamentu (ES) Nr. 1307/2013, kuriuo nustatomos tiesioginių išmokų "
            "ūkininkams pagal bendros žemės ūkio politikos paramos sistemas taisyklės ir "
            "panaikinami Tarybos reglamentai (EB) Nr. 637/2008, (EB) Nr. 73/2009, (EB) Nr. "
            "1290/2005 ir (EB) Nr. 247/2006 (OL 2013 L 347, p. 608), 9 straipsnio 2 dalimi.",
            [
                "CELEX:32008R0637",
                "CELEX:32009R0073",
                "CELEX:32005R1290",
                "CELEX:32006R0247",
                "OJ:L:2013:347:608",
                "CELEX:32013R1307:9(2)",
            ],
        ),
        (
            "lv",
            "Noteikumi izdoti saskaņā ar Eiropas Parlamenta un Padomes Regulas (ES) Nr. "
            "1307/2013, ar ko paredz noteikumus par tiešajiem maksājumiem lauksaimniekiem "
            "atbalsta shēmās, kas izveidotas kopējās lauksaimniecības politikas ietvaros, un "
            "atceļ Padomes Regulu (EK) Nr. 637/2008, Padomes Regulu (EK) Nr. 73/2009 un Padomes "
            "Regulu (EK) Nr. 1290/2005 (OV L 347, 20.12.2013., 608. lpp.), 9. panta 2. punktu.",
            [
                "CELEX:32008R0637",
                "CELEX:32009R0073",
                "CELEX:32005R1290",
                "OJ:L:2013:347:608",
                "CELEX:32013R1307:9(2)",
            ],
        ),
    ],
)
def test_chain_after_a_listing_title_clause_is_the_titled_acts(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the chain after a clause with no Official Journal reference to close it stays
        # with the act the clause names last when another comma follows inside it
        (
            "et",
            "Vt direktiivi 2008/9/EÜ, millega sätestatakse üksikasjalikud eeskirjad "
            "käibemaksu tagastamiseks (ELT 2008, L 44, lk 23), artikli 20 lõiget 2.",
            ["OJ:L:2008:044:23", "CELEX:32008L0009:20(2)"],
        ),
        # no clause after the earlier act: the act right before the chain keeps it
        (
            "lt",
            "Pagal Reglamentą (ES) Nr. 1307/2013 ir Reglamento (ES) Nr. 639/2014 4 straipsnio "
            "1 dalies b punktą.",
            ["CELEX:32013R1307", "CELEX:32014R0639:4(1)(b)"],
        ),
    ],
)
def test_chain_without_such_a_clause_keeps_its_act(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
