"""A Lithuanian act in the genitive, its title opened by a participle between commas, then
an article: the article is the act's, one citation (lt.toml [articles] act_title_clause).
An Advocate General's opinion's "Tarybos direktyvos 2000/78/EB, nustatančios … pagrindus(2),
3 straipsnio 1 dalies a punkto" gave the act alone and no article. An act named with its
participle title and no article after it stays the act alone."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Šis prašymas pateiktas dėl 2000 m. lapkričio 27 d. Tarybos direktyvos 2000/78/EB, "
            "nustatančios vienodo požiūrio užimtumo ir profesinėje srityje bendruosius "
            "pagrindus(2), 3 straipsnio 1 dalies a punkto išaiškinimo.",
            ["CELEX:32000L0078:3(1)(a)"],
        ),
        (
            "Išlaidos tikrinamos pagal Europos Parlamento ir Tarybos reglamento (ES) Nr. "
            "1303/2013, nustatančio bendrąsias nuostatas dėl Europos regioninės plėtros "
            "fondo, 125 straipsnio 4 dalį.",
            ["CELEX:32013R1303:125(4)"],
        ),
        (
            "Taikomos Komisijos reglamento (ES) Nr. 1031/2010, įgyvendinančio Direktyvą "
            "2003/87/EB, 22 straipsnio nuostatos.",
            ["CELEX:32003L0087", "CELEX:32010R1031:22"],
        ),
    ],
)
def test_the_article_after_a_participle_title_is_the_acts(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direktyva 2000/78/EB, nustatanti bendruosius pagrindus, buvo perkelta 2003 m.",
            ["CELEX:32000L0078"],
        ),
        (
            "Tarybos direktyvos 2000/78/EB, nustatančios bendruosius pagrindus, perkėlimas "
            "užtruko; įstatymo 3 straipsnis pakeistas.",
            ["CELEX:32000L0078"],
        ),
    ],
)
def test_no_article_after_the_title_the_act_alone(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lt")] == expected
