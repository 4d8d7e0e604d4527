"""Which act a reference word after an act's full title stands for: the titled act (cited
with its own date), not one its title amends or repeals (``title_amends`` of
data/context_words.toml: "amending", fr "abrogeant", de "zur Aufhebung"); an act the
title names otherwise ("implementing") stays an antecedent. And da "det omhandlede
direktiv" ("the directive in question") is an anaphor like "nævnte direktiv"."""

from __future__ import annotations

import pytest

import citeresolve

R1139 = "CELEX:32018R1139"
R216 = "CELEX:32008R0216"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Regulation (EU) 2018/1139 of the European Parliament and of the Council of 4 July"
            " 2018 on common rules in the field of civil aviation, amending Regulation (EC) No"
            " 2111/2005 and repealing Regulation (EC) No 216/2008.\n\nAs recital 3 of that"
            " Regulation explains, the rules apply to drones.",
            [R1139, "CELEX:32005R2111", R216, f"{R1139}:recital-3"],
        ),
        (
            "fr",
            "Le règlement (UE) 2018/1139 du Parlement européen et du Conseil du 4 juillet 2018"
            " concernant des règles communes dans le domaine de l'aviation civile, et abrogeant"
            " le règlement (CE) no 216/2008.\n\nL'article 2 dudit règlement fixe son champ.",
            [R1139, R216, f"{R1139}:2"],
        ),
        (
            "de",
            "Verordnung (EU) 2018/1139 des Europäischen Parlaments und des Rates vom 4. Juli"
            " 2018 zur Festlegung gemeinsamer Vorschriften für die Zivilluftfahrt und zur"
            " Aufhebung der Verordnung (EG) Nr. 216/2008.\n\nNach Art. 2 der genannten"
            " Verordnung gilt sie für Luftfahrzeuge.",
            [R1139, R216, f"{R1139}:2"],
        ),
        # an act the title implements, not amends, stays the one a reference word means
        (
            "es",
            "Reglamento (CE) n.º 802/2004 de la Comisión, de 21 de abril de 2004, por el que se"
            " aplica el Reglamento (CE) n.º 139/2004 del Consejo.\n\nEl artículo 3 de dicho"
            " Reglamento define la concentración.",
            ["CELEX:32004R0802", "CELEX:32004R0139", "CELEX:32004R0139:3"],
        ),
        # with no date of its own the first act is no title's head: the last act counts
        (
            "fr",
            "Le règlement (UE) 2018/1139 et le règlement (CE) no 216/2008.\n\nL'article 2 dudit"
            " règlement fixe son champ.",
            [R1139, R216, f"{R216}:2"],
        ),
    ],
)
def test_reference_after_an_amending_title(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(keys(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Direktiv 2006/54/EF finder anvendelse. Efter artikel 14, stk. 1, litra b), i det"
            " omhandlede direktiv er forskelsbehandling forbudt.",
            ["CELEX:32006L0054", "CELEX:32006L0054:14(1)(b)"],
        ),
        (
            "Forordning (EU) 2018/1139 gælder. Bilag II til den omhandlede forordning ændres.",
            [R1139, f"{R1139}:annex-II"],
        ),
    ],
)
def test_danish_directive_in_question(text: str, expected: list[str]) -> None:
    assert keys(text, "da") == expected
