"""The Legislative Observatory's forms: texts adopted numbered like reports
("T9-0035/2022") and the legal basis with its articles coded ("Rules of Procedure
EP 170", "Treaty on the Functioning of the EU TFEU 091", "TFEU 043-p2")."""

from __future__ import annotations

import pytest

import citeresolve


def cited(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "| 16/02/2022 | Decision by Parliament, 1st reading | T9-0035/2022 | |",
            [("TA-9-2022-0035", "T9-0035/2022")],
        ),
        (
            "fr",
            "Texte adopté du Parlement, 1ère lecture/lecture unique T10-0012/2024 24/04/2024",
            [("TA-10-2024-0012", "T10-0012/2024")],
        ),
        (
            "de",
            "Vom Parlament angenommener Text, 1. Lesung T9-0176/2024 und Bericht A9-0012/2022",
            [("TA-9-2024-0176", "T9-0176/2024"), ("A-9-2022-0012", "A9-0012/2022")],
        ),
    ],
)
def test_texts_adopted_numbered_like_reports(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert cited(text, lang) == expected


def test_a_joint_motion_joins_motions_never_texts_adopted() -> None:
    assert cited("RC-T9-0001/2022", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # one citation each, the label and the code before the number included
        (
            "en",
            "| Legal basis | Rules of Procedure EP 170 Treaty on the Functioning of the EU "
            "TFEU 091 |",
            [("EP-RULES:170", "Rules of Procedure EP 170"), ("TFEU:91", "TFEU 091")],
        ),
        # a paragraph and a point after "-p"
        (
            "en",
            "Legal Basis: Treaty on the Functioning of the EU TFEU 043-p2, TFEU 218-p6a; "
            "EU Treaty TEU 007-p1",
            [
                ("TFEU:43(2)", "TFEU 043-p2"),
                ("TFEU:218(6)(a)", "TFEU 218-p6a"),
                ("TEU:7(1)", "TEU 007-p1"),
            ],
        ),
        (
            "fr",
            "Base juridique: Traité sur le fonctionnement de l'UE TFUE 091",
            [("TFEU:91", "TFUE 091")],
        ),
    ],
)
def test_coded_legal_basis(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a sentence goes on after the number: the abbreviation's bare article as before
        ("fi", "SEUT 107 (3) mukaiset poikkeukset", [("TFEU:107(3)", "107 (3)")]),
        ("hu", "az EUMSZ 287. cikk szerint", [("TFEU:287", "287. cikk")]),
        (
            "lt",
            "SESV 267 STR. SESV 267 straipsnis",
            [("TFEU:267", "267 STR."), ("TFEU:267", "267 straipsnis")],
        ),
        # a year is no coded article; the Rules without OEIL's code for the Parliament
        ("en", "the TFEU 2016 version", [("TFEU", "TFEU")]),
        ("en", "the Rules of Procedure 170 times", []),
    ],
)
def test_not_coded(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text, lang) == expected
