"""Procedure numbers in the forms cover pages and damaged copies write them."""

from __future__ import annotations

import pytest

import citeresolve


def procedures(text: str, lang: str) -> list[tuple[str, str]]:
    found = citeresolve.extract(text, lang=lang)
    return [(c.key, c.text) for c in found if c.type == "procedure"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the type in Greek capitals that look Latin
        (
            "sv",
            "programmet ”Ett Europa för medborgarna” för perioden 2014–2020 (2015/2329(ΙΝΙ))",
            [("PROC:2015/2329(INI)", "2015/2329(ΙΝΙ)")],
        ),
        # three digits on a Commission cover page
        (
            "en",
            "Strasbourg, 14.2.2017 COM(2017) 85 final 2017/035 (COD)",
            [("PROC:2017/0035(COD)", "2017/035 (COD)")],
        ),
        # the type first in old EUR-Lex headers
        (
            "de",
            "/* KOM/2007/0680 endg. - COD 2007/0234 */",
            [("PROC:2007/0234(COD)", "COD 2007/0234")],
        ),
        # a publisher's metadata page writes a slash for the brackets (known types only)
        (
            "de",
            "Verfahren\n\nVerfahrensnummer: 2014/0108/COD\n\nVerbindungen",
            [("PROC:2014/0108(COD)", "2014/0108/COD")],
        ),
        (
            "fr",
            "Numéro de procédure : 2021/0106/COD ; base juridique",
            [("PROC:2021/0106(COD)", "2021/0106/COD")],
        ),
        ("en", "Procedure number: 2019/0183/NLE.", [("PROC:2019/0183(NLE)", "2019/0183/NLE")]),
        ("en", "reference 2019/0183/XQZ and Directive 2014/0108/EU", []),
    ],
)
def test_procedure_forms(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert procedures(text, lang) == expected


def test_unknown_types_need_the_usual_form() -> None:
    # "(RPQ)" is kept for check to flag; type first or in look-alike letters it is noise
    assert procedures("the ABC 2007/0234 and 2019/1234(ΧΥΖ)", "en") == []
    assert procedures("(2022/2505(RPQ))", "en") == [("PROC:2022/2505(RPQ)", "2022/2505(RPQ)")]
