"""Footnotes that abbreviate the act word (it "Art. 3 del Reg. (CE) n. 1/2003", pt "art.
3.º do Reg. 1/2003", es "Rgto."), or point back with "cited above" between act and
article (pt "cit.", ro "cit.", el "ό.π.", sv "a.a."). A short footnote with "Reg." reads
as English to the language guess; its English reading must not cite whole the act that
only completes the article of the text's own reading."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "⁵ Art. 3 del Reg. (CE) n. 1/2003.", ["CELEX:32003R0001:3"]),
        ("it", "Si veda l'art. 3 del Reg. (CE) n. 1/2003.", ["CELEX:32003R0001:3"]),
        ("pt", "Ver art. 3.º do Reg. 1/2003.", ["CELEX:32003R0001:3"]),
        ("pt", "art. 57.º da Dir. 2014/24/UE", ["CELEX:32014L0024:57"]),
        ("es", "¹ Art. 3 del Reg. (CE) n.º 1/2003.", ["CELEX:32003R0001:3"]),
        ("ro", "¹ Art. 3 din Reg. (CE) nr. 1/2003.", ["CELEX:32003R0001:3"]),
        # the act cited on its own in such a footnote is still cited
        ("it", "⁵ Reg. (CE) n. 1/2003.", ["CELEX:32003R0001"]),
        # an English line in another language's text still adds what it finds
        (
            "it",
            "Sintesi.\nThis note concerns Article 5 of Regulation (EU) 2016/679 and Regulation "
            "(EU) 2018/1725.",
            ["CELEX:32016R0679:5", "CELEX:32018R1725"],
        ),
    ],
)
def test_abbreviated_act_word_completes_the_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "² Regulamento (UE) n.º 1303/2013, cit., artigo 125.º, n.º 4.",
            ["CELEX:32013R1303", "CELEX:32013R1303:125(4)"],
        ),
        (
            "pt",
            "³ Regulamento (UE) 2016/679, ob. cit., art. 17.º",
            ["CELEX:32016R0679", "CELEX:32016R0679:17"],
        ),
        (
            "ro",
            "² Regulamentul (UE) nr. 1303/2013, cit., art. 125 alin. (4).",
            ["CELEX:32013R1303", "CELEX:32013R1303:125(4)"],
        ),
        (
            "el",
            "² Κανονισμός (ΕΕ) 1303/2013, ό.π., άρθρο 125 παρ. 4.",
            ["CELEX:32013R1303", "CELEX:32013R1303:125(4)"],
        ),
        (
            "sv",
            "² Förordning (EU) nr 1303/2013, a.a., artikel 125.4.",
            ["CELEX:32013R1303", "CELEX:32013R1303:125(4)"],
        ),
        # es "Rgto." is the regulation word
        (
            "es",
            "⁵ Arts. 101 y 102 TFUE; art. 3 Rgto. 1/2003.",
            ["TFEU:101", "TFEU:102", "CELEX:32003R0001:3"],
        ),
        ("es", "el Rgto. (CE) n.º 1049/2001", ["CELEX:32001R1049"]),
    ],
)
def test_cited_above_between_act_and_article(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
