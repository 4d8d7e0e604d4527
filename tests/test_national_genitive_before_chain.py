"""Languages that write an article's owner first, in the genitive, with no "of" word:
a national act's word right before the chain owns it, so the EU act named after the
chain (its authors, date and number in another case, after a comma) does not take it:
lt "Vadovaudamasi … muitinės įstatymo 109 straipsniu, … reglamentu (ES) Nr. 952/2013",
lv "likuma 4. pantu, Eiropas Parlamenta un Padomes … Regulu (ES) 2016/679" (the
preamble of a national act lists its legal bases). And the note that an act is cited
"with all its amendments" between the act (or its title) and its chain: lt
"reglamento (ES) Nr. 952/2013, kuriuo nustatomas Sąjungos muitinės kodeksas, su visais
pakeitimais 177 straipsniu" is the act's article, one citation (lt.toml [articles]
amendments_note)."""

from __future__ import annotations

import pytest

import citeresolve

UCC = "CELEX:32013R0952"
GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Vadovaudamasi Lietuvos Respublikos muitinės įstatymo 109 straipsniu, 2013 m. "
            "spalio 9 d. Europos Parlamento ir Tarybos reglamentu (ES) Nr. 952/2013, kuriuo "
            "nustatomas Sąjungos muitinės kodeksas (OL 2013 L 269, p. 1), Lietuvos "
            "Respublikos Vyriausybė nutaria:",
            [UCC, "OJ:L:2013:269:1"],
        ),
        (
            "lt",
            "Vadovaudamasis Lietuvos Respublikos asmens duomenų teisinės apsaugos įstatymo "
            "23 straipsnio 1 dalimi, Reglamentu (ES) 2016/679, tvirtinu tvarką.",
            [GDPR],
        ),
        (
            "lt",
            "Vadovaudamasi Lietuvos Respublikos Vyriausybės nutarimo 5 punktu, Europos "
            "Parlamento ir Tarybos reglamentu (ES) 2016/679, tvirtinu aprašą.",
            [GDPR],
        ),
        (
            "lv",
            "Saskaņā ar Fizisko personu datu apstrādes likuma 4. pantu, Eiropas Parlamenta "
            "un Padomes 2016. gada 27. aprīļa Regulu (ES) 2016/679 ministrija nosaka:",
            [GDPR],
        ),
    ],
)
def test_national_genitive_owns_the_chain(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the EU act after its chain, no national act before it: still its article
        ("lt", "Taikomas 5 straipsnis Tarybos reglamente (EB) Nr. 4/2009.", ["CELEX:32009R0004:5"]),
        ("lv", "Ievērojot 5. pantu Padomes Regulā (EK) Nr. 4/2009.", ["CELEX:32009R0004:5"]),
        # the act before the chain in the genitive
        (
            "lt",
            "Ministerija duomenis tvarko Reglamento (ES) 2016/679 6 straipsnio 1 dalyje "
            "nurodytais pagrindais.",
            [f"{GDPR}:6(1)"],
        ),
    ],
)
def test_eu_act_still_owns_its_chain(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2. N u s t a t a u, kad vadovaujantis 2013 m. spalio 9 d. Europos Parlamento ir "
            "Tarybos reglamento (ES) Nr. 952/2013, kuriuo nustatomas Sąjungos muitinės "
            "kodeksas, su visais pakeitimais 177 straipsniu:",
            [f"{UCC}:177"],
        ),
        (
            "Taikomos Europos Parlamento ir Tarybos reglamento (ES) Nr. 952/2013 su visais "
            "pakeitimais 177 straipsnio nuostatos.",
            [f"{UCC}:177"],
        ),
        (
            "Taikomos reglamento (ES) 2016/679 su visais vėlesniais pakeitimais 6 straipsnio "
            "1 dalies nuostatos.",
            [f"{GDPR}:6(1)"],
        ),
        # the note ends its sentence: the next sentence's bare article is no citation
        (
            "Taikomas reglamentas (ES) Nr. 952/2013 su visais pakeitimais. 5 straipsnis "
            "nustato terminus.",
            [UCC],
        ),
        # a national act with the note: its article, never an EU act's
        ("Taikomas Muitinės įstatymas su visais pakeitimais 5 straipsnis.", []),
    ],
)
def test_amendments_note_before_chain(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == expected
