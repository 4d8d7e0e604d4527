"""An article list after a long act title belongs to the act the title is of (genitive
first), not to an act named inside the title: its "as last amended by" clause (lt "su
paskutiniais pakeitimais, padarytais", ``act_title_clause``) or its list of the acts it
amends and repeals; and a title with commas inside, closed by its footnote marker and a
comma, still joins its act to the articles after it (lv "… [4], 1. panta 2. punktā")."""

from __future__ import annotations

import pytest

import citeresolve

R1139 = "CELEX:32018R1139"
D54 = "CELEX:32006L0054"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "pagal reglamento (ES) 2018/1139 dėl bendrųjų civilinės aviacijos taisyklių, kuriuo"
            " iš dalies keičiami reglamentai (EB) Nr. 2111/2005 ir (EB) Nr. 1008/2008 bei"
            " panaikinamas Tarybos reglamentas (EEB) Nr. 3922/91, su pakeitimais, padarytais"
            " 2022 m. sausio 5 d. Komisijos deleguotuoju reglamentu (ES) 2022/201, 5 ir 9"
            " straipsnius",
            [
                R1139,
                "CELEX:32005R2111",
                "CELEX:32008R1008",
                "CELEX:31991R3922",
                "CELEX:32022R0201",
                f"{R1139}:5",
                f"{R1139}:9",
            ],
        ),
        # with no title before it, the act the clause follows is the amended one (only
        # the instrument of its article, as with "iš dalies pakeisto")
        (
            "lt",
            "Tarybos reglamento (EEB) Nr. 3922/91, su pakeitimais, padarytais reglamentu (EB)"
            " Nr. 1899/2006, 4 straipsnis",
            ["CELEX:32006R1899", "CELEX:31991R3922:4"],
        ),
        (
            "lv",
            "tā kā Direktīvas 2006/54/EK par tāda principa īstenošanu, kas paredz vienlīdzīgas"
            " iespējas un vienlīdzīgu attieksmi pret vīriešiem un sievietēm nodarbinātības"
            " jautājumos [7], 2. panta 1. punktā ir noteikts",
            [f"{D54}:2(1)"],
        ),
        (
            "lv",
            "Direktīvas 2006/54/EK par vienlīdzīgu attieksmi, kas attiecas uz darbu (3) 14. pantā",
            [f"{D54}:14"],
        ),
        # Finnish names the amending act after the amended one in its own clause: unchanged
        (
            "fi",
            "direktiivin 2006/54/EY, sellaisena kuin se on muutettuna direktiivillä"
            " 2010/41/EU, 14 artiklan",
            [f"{D54}:14", "CELEX:32010L0041"],
        ),
    ],
)
def test_articles_after_a_long_title(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(keys(text, lang)) == sorted(expected)
