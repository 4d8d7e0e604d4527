"""The CLP Regulation (EC) No 1272/2008 by the compound names that chemical agencies and
safety data sheets write in Swedish, Danish, Finnish, Estonian and Hungarian (sv
"CLP-förordningens bilaga I", da "CLP-forordningens bilag VI", fi "CLP-asetuksen 60
artikla", et "CLP-määruse VI lisa", hu "a CLP-rendelet 17. cikke"), and the Data
Protection Directive 95/46/EC by its Swedish name ("artikel 29 i dataskyddsdirektivet",
the name the Article 29 Working Party takes). Before, only en, de, fr, nl, it, es, pl
and pt names of the CLP Regulation were listed, and no Swedish name of the Directive:
these annexes and articles took no act."""

from __future__ import annotations

import pytest

import citeresolve

CLP = "CELEX:32008R1272"
DPD = "CELEX:31995L0046"


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Ämnet uppfyller kriterierna för brandfarliga vätskor (avsnitt 2.6 i "
            "CLP-förordningens bilaga I) och ska märkas enligt artikel 17 i CLP-förordningen.",
            [(f"{CLP}:annex-I", "bilaga I"), (f"{CLP}:17", "artikel 17")],
        ),
        (
            "da",
            "Stoffet har en harmoniseret klassificering i CLP-forordningens bilag VI, og "
            "leverandøren skal derfor følge artikel 4, stk. 3, i CLP-forordningen.",
            [(f"{CLP}:annex-VI", "bilag VI"), (f"{CLP}:4(3)", "artikel 4, stk. 3")],
        ),
        (
            "fi",
            "Luokitus on tehty CLP-asetuksen 9 artiklan mukaisesti, ja merkinnät on esitetty "
            "CLP-asetuksen liitteen III mukaisina.",
            [(f"{CLP}:9", "9 artiklan"), (f"{CLP}:annex-III", "liitteen III")],
        ),
        (
            "et",
            "Segu on klassifitseeritud CLP-määruse artikli 9 kohaselt ning ohulaused on "
            "esitatud CLP-määruse III lisa alusel.",
            [(f"{CLP}:9", "artikli 9"), (f"{CLP}:annex-III", "III lisa")],
        ),
        (
            "hu",
            "A keverék címkéjén a CLP-rendelet 17. cikke szerinti elemeket kell feltüntetni.",
            [(f"{CLP}:17", "17. cikke")],
        ),
        (
            "sv",
            "Arbetsgruppen har fått sitt namn av artikel 29 i dataskyddsdirektivet; dess "
            "uppgifter anges i artiklarna 29 och 30 dataskyddsdirektivet.",
            [(f"{DPD}:29", "artikel 29"), (f"{DPD}:29", "artiklarna 29"), (f"{DPD}:30", "30")],
        ),
        # the Regulation that replaced the Directive keeps its own name
        (
            "sv",
            "Enligt artikel 6 i dataskyddsförordningen krävs en rättslig grund.",
            [("CELEX:32016R0679:6", "artikel 6")],
        ),
        # negatives: the name alone, a national act's articles, a date
        ("sv", "CLP-förordningen trädde i kraft den 20 januari 2009.", []),
        ("fi", "CLP-asetus tuli voimaan 20.1.2009.", []),
        ("sv", "Dataskyddsdirektivet genomfördes i personuppgiftslagen.", []),
        (
            "da",
            "Efter CLP-forordningens ikrafttræden gælder § 12 i kemikalieloven fortsat.",
            [],
        ),
        (
            "et",
            "CLP-määruse rakendamiseks muudeti kemikaaliseaduse § 7 lõiget 2.",
            [],
        ),
    ],
)
def test_clp_and_dpd_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert keys(text, lang) == expected
