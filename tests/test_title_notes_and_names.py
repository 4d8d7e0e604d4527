"""An act's title that ends with a note in brackets before the article chain of the
genitive-first languages (lt "… vykdymo (nauja redakcija) 7 straipsnio", lv "…
(pārstrādāta versija) 7. panta": the recast) completes the article and is not cited on
its own; lt "Sutartis dėl Europos Sąjungos" (the TEU by its calque, beside "… veikimo",
the TFEU); sl possessives in the nominative ("zlasti njen člen 31a")."""

from __future__ import annotations

import pytest

from citeresolve import extract

BRUSSELS = "CELEX:32012R1215"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "aiškindamas reglamento (ES) Nr. 1215/2012 dėl jurisdikcijos ir teismo sprendimų "
            "civilinėse ir komercinėse bylose pripažinimo ir vykdymo (nauja redakcija) 7 "
            "straipsnio 1 punkto b papunktį",
            [f"{BRUSSELS}:7(1)(b)"],
        ),
        (
            "lv",
            "Regulas (ES) Nr. 1215/2012 par jurisdikciju un spriedumu atzīšanu un izpildi "
            "civillietās un komerclietās (pārstrādāta versija) 7. panta 1. punkta b) "
            "apakšpunkts",
            [f"{BRUSSELS}:7(1)(b)"],
        ),
        (
            "lt",
            "direktyvos 2008/94/EB dėl darbuotojų apsaugos jų darbdaviui tapus nemokiam "
            "(kodifikuota redakcija) 8 straipsnis",
            ["CELEX:32008L0094:8"],
        ),
        (
            "lt",
            "atsižvelgdamas į Sutarties dėl Europos Sąjungos 2 ir 7 straipsnius,",
            ["TEU:2", "TEU:7"],
        ),
        (
            "lt",
            "atsižvelgdamas į Sutartį dėl Europos Sąjungos ir Sutartį dėl Europos Sąjungos "
            "veikimo,",
            ["TEU", "TFEU"],
        ),
        (
            "lt",
            "atsižvelgdamas į Sutarties dėl Europos Sąjungos veikimo 16 straipsnį,",
            ["TFEU:16"],
        ),
        (
            "sl",
            "Uporablja se Izvedbena uredba Sveta (EU) št. 282/2011, zlasti njen člen 31a.",
            ["CELEX:32011R0282", "CELEX:32011R0282:31a"],
        ),
        (
            "sl",
            "Direktiva 2006/112/ES in njen 168. člen urejata odbitek.",
            ["CELEX:32006L0112", "CELEX:32006L0112:168"],
        ),
        (
            "hr",
            "Provedbena uredba Vijeća (EU) br. 282/2011, a osobito njezin članak 31.a",
            ["CELEX:32011R0282", "CELEX:32011R0282:31a"],
        ),
        (
            "lt",
            "Tarybos įgyvendinimo reglamentas (ES) Nr. 282/2011, ypač jo 31a straipsnis",
            ["CELEX:32011R0282", "CELEX:32011R0282:31a"],
        ),
    ],
)
def test_title_notes_names_and_possessives(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected
