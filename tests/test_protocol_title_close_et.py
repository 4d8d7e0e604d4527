"""An Estonian Protocol's name closes with its postposition right after the instrument
it is about: "protokolli Euroopa Liidu Kohtu põhikirja kohta artikli 23 teisele lõigule"
is Article 23, second paragraph, of the Statute (Protocol No 3), one citation; the
Statute was cited alone and its article lost, since a title before the postposition had
to hold a word. An act named before "kohta" in a sentence of its own keeps its article
out of reach."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="et")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Court's registry letter filed in a ministry's register
        (
            "Vastavalt protokolli Euroopa Liidu Kohtu põhikirja kohta artikli 23 teisele "
            "lõigule koostoimes Euroopa Kohtu kodukorra artikliga 51 on liikmesriigi kohtu "
            "menetluses oleva kohtuasja pooltel õigus esitada kirjalikke seisukohti.",
            ["PROTOCOL-3:23(2)"],
        ),
        (
            "Protokolli Euroopa Liidu Kohtu põhikirja kohta artikli 20 neljanda lõigu "
            "kohaselt võib kohus otsustada asja lahendada ilma kohtujuristi ettepanekuta.",
            ["PROTOCOL-3:20(4)"],
        ),
        # a title that holds words before the postposition, as before
        (
            "direktiivi 2005/36/EÜ kutsekvalifikatsioonide tunnustamise kohta artiklite 21 ja 22",
            ["CELEX:32005L0036:21", "CELEX:32005L0036:22"],
        ),
    ],
)
def test_postposition_right_after_name(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisjon esitas arvamuse määruse (EL) 2016/679 kohta. Artikli 6 lõige 1 "
            "sätestab töötlemise alused.",
            ["CELEX:32016R0679"],
        ),
        ("Euroopa Kohtu kodukorra artikli 51 kohaselt esitatakse seisukohad.", []),
    ],
)
def test_no_postposition_reach(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected
