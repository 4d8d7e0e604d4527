"""A footnote marker printed as a bare number between an act and its article, in the
languages that write the act first (text copied from a PDF: fi "päätöksen 94/415/EY 7 2
artiklan 1 kohdan", note 7): the article is the act's; before, the act stood alone and
its article took no instrument."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "fi",
            "Lausuntopyyntö perustuu neuvoston päätöksen 98/415/EY 3 2 artiklan 1 kohtaan.",
            ["CELEX:31998D0415:2(1)"],
        ),
        (
            "lt",
            "Prašymas pateiktas pagal Tarybos sprendimo 98/415/EB 3 2 straipsnio 1 dalį.",
            ["CELEX:31998D0415:2(1)"],
        ),
        (
            "lv",
            "Lūgums iesniegts saskaņā ar Padomes Lēmuma 98/415/EK 3 2. panta 1. punktu.",
            ["CELEX:31998D0415:2(1)"],
        ),
        (
            "hu",
            "A megkeresés a 98/415/EK tanácsi határozat 3 2. cikkének (1) bekezdésén alapul.",
            ["CELEX:31998D0415:2(1)"],
        ),
        (
            "fi",
            "Kielto perustuu asetuksen (EU) 2016/679 12 9 artiklan 1 kohtaan.",
            ["CELEX:32016R0679:9(1)"],
        ),
    ],
)
def test_bare_marker_between_act_and_article(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a list with its "and" word: two articles, no marker
        (
            "fi",
            "Lausunto annetaan päätöksen 98/415/EY 3 ja 4 artiklan mukaisesti.",
            ["CELEX:31998D0415:3", "CELEX:31998D0415:4"],
        ),
        # national law before the marker: no EU key
        ("fi", "Rangaistus säädetään rikoslain 7 2 artiklassa.", []),
        # the act alone, with a number after it that no article word follows
        ("fi", "Päätöksen 98/415/EY 3 kohta on selvä.", ["CELEX:31998D0415"]),
    ],
)
def test_no_marker(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
