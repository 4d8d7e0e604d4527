"""A Latvian act's title opened by "ar ko" / "ar kuru" (by which) with any verb, between
commas before the chain, belongs to the act: national laws quote implementing acts so,
"Īstenošanas regulas (ES) Nr. 282/2011, ar ko nosaka īstenošanas pasākumus direktīvai
2006/112/EK … (pārstrādātā versija), 7.pantā" is 282/2011's Article 7, not a bare
regulation and a lost article. A title clause may end with a note in lower case in
brackets, the recast ("(pārstrādātā versija)", lt "(nauja redakcija)"), as a title
may."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # likumi.lv, amendments to the VAT law
        (
            "lv",
            '"41) elektroniski sniegti pakalpojumi - Padomes 2011.gada 15.marta Īstenošanas '
            "regulas (ES) Nr. 282/2011, ar ko nosaka īstenošanas pasākumus direktīvai "
            "2006/112/EK par kopējo pievienotās vērtības nodokļa sistēmu (pārstrādātā "
            'versija), 7.pantā minētie pakalpojumi"',
            ["CELEX:32006L0112", "CELEX:32011R0282:7"],
        ),
        (
            "lv",
            '"241) apraides pakalpojumi - Padomes 2011.gada 15.marta Īstenošanas regulas (ES) '
            "Nr. 282/2011, ar ko nosaka īstenošanas pasākumus direktīvai 2006/112/EK par "
            'kopējo pievienotās vērtības nodokļa sistēmu (pārstrādātā versija), 6.b pantā"',
            ["CELEX:32006L0112", "CELEX:32011R0282:6b"],
        ),
        (
            "lv",
            "Eiropas Parlamenta un Padomes 2013. gada 17. decembra Regulas (ES) Nr. 1308/2013, "
            "ar ko izveido lauksaimniecības produktu tirgu kopīgu organizāciju, 75. pantā "
            "noteiktās prasības",
            ["CELEX:32013R1308:75"],
        ),
        (
            "lv",
            "Regulas (ES) Nr. 1215/2012, ar ko groza Regulu (EK) Nr. 44/2001 (pārstrādātā "
            "versija), 7. panta 1. punktā",
            ["CELEX:32001R0044", "CELEX:32012R1215:7(1)"],
        ),
        (
            "lt",
            "pagal 2012 m. gruodžio 12 d. Europos Parlamento ir Tarybos reglamento (ES) Nr. "
            "1215/2012, kuriuo reglamentuojama jurisdikcija ir teismo sprendimų civilinėse ir "
            "komercinėse bylose pripažinimas ir vykdymas (nauja redakcija), 7 straipsnio 1 "
            "punktą",
            ["CELEX:32012R1215:7"],
        ),
    ],
)
def test_title_clause_owns_chain(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "ar ko" in an ordinary sentence, which ends before the article: no title
        (
            "lv",
            "Iesniedzējs atsaucās uz Regulu (ES) Nr. 1215/2012, ar ko viņš nav apmierināts. "
            "7. pantā noteikts cits.",
            ["CELEX:32012R1215"],
        ),
        # a national law's article after a national law's title clause
        (
            "lv",
            'Likuma "Par nodokļiem un nodevām", ar ko nosaka nodokļu sistēmu, 7. pantā',
            [],
        ),
    ],
)
def test_no_title_clause(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
