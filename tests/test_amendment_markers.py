"""A consolidated text's amendment markers inside a sentence are transparent: EUR-Lex
"►M2", "▼M1", "◄" before a treaty name or an article word, legislation.gov.uk "F1" glued
before one; a marker alone on its line (a "►B" header) is read as before."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.amendment_markers import blank_amendment_markers


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Gelet op het ►M2 Verdrag betreffende de werking van de Europese Unie, en met name"
            " ►M2 artikel 121, lid 6 ◄, daarvan,",
            ["TFEU", "TFEU:121(6)"],
        ),
        (
            "de",
            "gestützt auf den ►M1 Vertrag über die Arbeitsweise der Europäischen Union ◄,"
            " insbesondere auf ►M1 Artikel 121 Absatz 6 ◄,",
            ["TFEU", "TFEU:121(6)"],
        ),
        (
            "fr",
            "vu le ▼M3 traité sur le fonctionnement de l'Union européenne, et notamment son"
            " ►M3 article 121, paragraphe 6 ◄,",
            ["TFEU", "TFEU:121(6)"],
        ),
        (
            "en",
            "Having regard to the F2Treaty on the Functioning of the European Union, and in"
            " particular F3Article 121(6) thereof,",
            ["TFEU", "TFEU:121(6)"],
        ),
    ],
)
def test_markers_inside_a_sentence_are_transparent(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected


def test_offsets_stay_those_of_the_original() -> None:
    text = "as laid down in F4Article 121(6) TFEU and in ►M5 Article 136 TFEU ◄."
    spans = [text[c.start : c.end] for c in citeresolve.extract(text, lang="en")]
    assert spans[0].startswith("Article 121(6)")
    assert spans[-1].startswith("Article 136")


@pytest.mark.parametrize(
    "text",
    [
        "►B\n\nREGULATION (EU) 2020/2092 OF THE EUROPEAN PARLIAMENT",  # a header line
        "▼M1\nArticle 3",
        "Corrected by:\n\n►C1\n\nCorrigendum, OJ L 373",
        "the F16 Falcon and F1 drivers",  # no capitalised word glued to it
        "FOOArticle 3",  # letters before the F: a word, not a marker
        "the EF1Treaty",
    ],
)
def test_what_is_left_as_it_stands(text: str) -> None:
    assert blank_amendment_markers(text) == text


def test_a_glued_marker_at_a_line_start() -> None:
    assert blank_amendment_markers("F1Article 3 of the Act") == "  Article 3 of the Act"


def test_no_marker_in_national_law_numbers() -> None:
    # A Finnish statute code and a model number keep their letters.
    assert _keys("the A4 paper and the F1 race under section F2 of the Act", "en") == []
