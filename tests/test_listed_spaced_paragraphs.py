"""A keyword line's list of articles with each paragraph set apart in brackets ("Art. 5
(3), 13 (2)") keeps its paragraphs, even when the line before ended with a spaced
paragraph one less ("6 (2)"): the list goes on in the same shape, so the bracket is no
visa's footnote marker."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Richtlinie 2001/18/EG, Art. 2, 8 (1)\n"
            "Verordnung (EG) Nr. 1829/2003, Art. 7 (2), 11 (4)",
        ),
        (
            "en",
            "Directive 2001/18/EC, Art. 2, 8 (1)\nRegulation (EC) No 1829/2003, Art. 7 (2), 11 (4)",
        ),
        (
            "fr",
            "Directive 2001/18/CE, art. 2, 8 (1)\nRèglement (CE) n° 1829/2003, art. 7 (2), 11 (4)",
        ),
        (
            "nl",
            "Richtlijn 2001/18/EG, art. 2, 8 (1)\n"
            "Verordening (EG) nr. 1829/2003, art. 7 (2), 11 (4)",
        ),
    ],
)
def test_the_listed_spaced_paragraphs_are_kept(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert "CELEX:32001L0018:8(1)" in keys
    assert "CELEX:32003R1829:7(2)" in keys
    assert "CELEX:32003R1829:11(4)" in keys
    assert "CELEX:32003R1829:7" not in keys
