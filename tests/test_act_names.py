"""An act number with no act word beside a popular name of that very act, and an
annex pinned to a popular name written in title case ("allegato XVII del Reach")."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The name right before the number, or after it in the same bracket.
        (
            "hr",
            "Obavijest o registraciji. REACH 1907/2006 Europskog parlamenta i Vijeća",
            [("CELEX:32006R1907", "REACH 1907/2006")],
        ),
        (
            "et",
            "Teenuseid reguleerib 2014. a määrus e-identimise ja e-tehingute jaoks vajalike "
            "usaldusteenuste kohta siseturul (nr 910/2014, eIDAS määrus).",
            [("CELEX:32014R0910", "nr 910/2014")],
        ),
        (
            "de",
            "geregelt in der Verordnung über elektronische Identifizierung "
            "(Nr. 910/2014, eIDAS-VO).",
            [("CELEX:32014R0910", "Nr. 910/2014")],
        ),
        (
            "fr",
            "les amendes prévues par le RGPD 2016/679 sont lourdes",
            [("CELEX:32016R0679", "RGPD 2016/679")],
        ),
        ("en", "fines under the GDPR (2016/679) are high", [("CELEX:32016R0679", "2016/679")]),
        (
            "lv",
            "Regula par aviopasažieru tiesībām Nr. 261/2004\n\nGalvenais tiesību avots",
            [("CELEX:32004R0261", "Regula par aviopasažieru tiesībām Nr. 261/2004")],
        ),
        # Negatives: a number that is not the named act's; a name far from the number.
        ("en", "fines under GDPR 2016/680 are high", []),
        ("hr", "Obavijest REACH 12/2008 carinske uprave", []),
        ("en", "REACH applies to many substances, see the list 1907/2006 of the agency", []),
    ],
)
def test_a_number_beside_its_acts_popular_name(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Il documento interviene sull’allegato XVII del Reach (restrizioni).",
            "CELEX:32006R1907:annex-XVII",
        ),
        (
            "es",
            "La sustancia figura en el anexo XIV del Reach desde 2020.",
            "CELEX:32006R1907:annex-XIV",
        ),
        (
            "fr",
            "La substance est inscrite à l’annexe XVII du Reach depuis 2009.",
            "CELEX:32006R1907:annex-XVII",
        ),
        ("pt", "A substância consta do anexo XVII do Reach.", "CELEX:32006R1907:annex-XVII"),
    ],
)
def test_an_annex_of_reach_written_in_title_case(lang: str, text: str, expected: str) -> None:
    assert [k for k, _ in found(text, lang)] == [expected]


def test_reach_in_title_case_is_no_name_in_english() -> None:
    # "Reach" is an English word: only the capitals name the act in English.
    assert found("Keep out of reach of children; see Article 5 of the Reach guidance.", "en") == []
