"""An article after a title that names two acts belongs to the one the grammar says:
where the language writes the owner first, in the genitive, the act named in a relative
clause of its title (the act it repeals or amends) does not own the article after the
clause's closing comma. The clause may end with that act's Official Journal reference
(lt "…, kuriuo panaikinama Direktyva 95/46/EB (OL 2016 L 119, p. 1), 37 straipsnį"), and
it may name a list of acts (lv "… un ar ko atceļ Direktīvu 95/46/EK un Padomes Direktīvu
2002/58/EK, 37. pantā")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Vykdydamas 2016 m. balandžio 27 d. Europos Parlamento ir Tarybos reglamento (ES) "
            "2016/679 dėl fizinių asmenų apsaugos tvarkant asmens duomenis, kuriuo panaikinama "
            "Direktyva 95/46/EB (OL 2016 L 119, p. 1), 37 straipsnį,",
            ["CELEX:31995L0046", "OJ:L:2016:119:1", "CELEX:32016R0679:37"],
        ),
        (
            "lv",
            "Eiropas Parlamenta un Padomes 2016. gada 27. aprīļa Regulas (ES) 2016/679 par "
            "fizisku personu aizsardzību un ar ko atceļ Direktīvu 95/46/EK un Padomes Direktīvu "
            "2002/58/EK, 37. pantā",
            ["CELEX:31995L0046", "CELEX:32002L0058", "CELEX:32016R0679:37"],
        ),
        (
            "fi",
            "direktiivin 2006/112/EY, sellaisena kuin se on muutettuna direktiivillä 2008/8/EY "
            "(EUVL L 44, 20.2.2008, s. 11), 2 artiklan mukaan",
            ["CELEX:32008L0008", "OJ:L:2008:044:11", "CELEX:32006L0112:2"],
        ),
        # a list the clause does not name: the act right before the comma keeps the article
        (
            "lv",
            "Regulas (ES) 2016/679 par datu aizsardzību. Padomes Direktīvu 95/46/EK un "
            "Direktīvu 2002/58/EK, 5. pantā",
            ["CELEX:32016R0679", "CELEX:31995L0046", "CELEX:32002L0058", "CELEX:32002L0058:5"],
        ),
    ],
)
def test_title_clause_owner(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
