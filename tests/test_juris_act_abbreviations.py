"""German case-law databases (juris) cite EU acts by an abbreviation and the number
with its parts reversed: "Art 288 S 1 Nr 1 EGRL 112/2006" (Directive 2006/112/EC),
"EWGRL 7/79", "Art. 82 EUV 2016/679" (EU-Verordnung), "Art 10 EWGV 1612/68"; "S 1"
is a sentence (dropped) and "ff" extends the article. "EUV" and "EGV" before no number
stay the Treaties (TEU, TEC)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="de")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Normen:\nArt 168 S 1 EGRL 112/2006\nArt 267 Abs 3 AEUV",
            ["CELEX:32006L0112:168", "TFEU:267(3)"],
        ),
        ("Vorschriften: EWGRL 7/79 Art 4 Abs 1", ["CELEX:31979L0007:4(1)"]),
        ("Zitierte Gesetze: Art 5 EURL 2016/680", ["CELEX:32016L0680:5"]),
        ("vgl. Kommentar, Art. 17 EUV 2016/679, Rn. 12", ["CELEX:32016R0679:17"]),
        ("Art 45 EWGV 1612/68", ["CELEX:31968R1612:45"]),
        ("Art 13 ff EGRL 112/2006", ["CELEX:32006L0112:13"]),
    ],
)
def test_juris_citations(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 6 EUV und Art. 267 AEUV", ["TEU:6", "TFEU:267"]),
        ("bei Fragen nach dem EGV oder dem EUV", ["TEC", "TEU"]),
        # a title of the Treaty is no citation (citation-keys.md), nor its abbreviation
        ("bei Fragen nach Titel IV EGV oder Titel VI EUV", []),
        ("gemäß Art. 14 EGV, 2/3 der Stimmen", ["TEC:14"]),
        ("§ 3 S 1 UStG 2010", []),  # national law with a sentence
    ],
)
def test_treaty_abbreviations_and_national_law(text: str, expected: list[str]) -> None:
    assert _keys(text) == expected
