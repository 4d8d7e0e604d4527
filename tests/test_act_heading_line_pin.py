"""An act that opens a line which an article chain closes is a label named, then
pinpointed (citation-keys.md, "a treaty named and then pinpointed"): the act is cited
whole and the pin after it, in the languages that link an article to its act with an
"of" word. In running text an act before a single article only completes it."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Normen:\n\nVerordnung (EU) Nr. 1169/2011 Art. 9 Abs. 1\nQuelle: Gericht",
            ["CELEX:32011R1169", "CELEX:32011R1169:9(1)"],
        ),
        (
            "it",
            "IL QUADRO\nReg. (UE) n. 1380/2013 art 17\nLE MISURE TECNICHE",
            ["CELEX:32013R1380", "CELEX:32013R1380:17"],
        ),
        (
            "fr",
            "Textes visés :\nRèglement (CE) n° 44/2001 article 5\n",
            ["CELEX:32001R0044", "CELEX:32001R0044:5"],
        ),
        (
            "es",
            "Normativa aplicada\nReglamento (CE) n.º 261/2004 artículo 7\nResumen",
            ["CELEX:32004R0261", "CELEX:32004R0261:7"],
        ),
    ],
)
def test_act_opening_its_line_then_its_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # running text: the act only completes the article
        ("de", "Maßgeblich ist Verordnung (EU) Nr. 1169/2011 Art. 9 in diesem Fall.", None),
        # the line goes on after the article: no label
        (
            "it",
            "Reg. (UE) n. 1380/2013 art 17 stabilisce i criteri di ripartizione.",
            ["CELEX:32013R1380:17"],
        ),
        # national acts and dates are no EU act
        ("de", "Gesetz Nr. 12/1999 Art. 4\n", []),
        ("it", "Legge 24 dicembre 2012, n. 234 art 30\n", []),
    ],
)
def test_no_label_line(lang: str, text: str, expected: list[str] | None) -> None:
    keys = _keys(text, lang)
    if expected is None:
        assert "CELEX:32011R1169" not in keys
    else:
        assert keys == expected
