"""A visa that names the Treaties before the Protocol annexed to them (de "das dem
Vertrag … beigefügte Protokoll (Nr. 37)", hu "… szerződéshez csatolt … (37.)
jegyzőkönyvre és különösen annak 2. cikke"): the article "in particular" after it is
the Protocol's, not the first Treaty's. Estonian plural paragraph words with a list
("artikli 30 lõigetega 3 ja 4") are paragraphs too."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "tekintettel az Európai Unió működéséről szóló szerződéshez csatolt, a"
            " szubszidiaritás és az arányosság elveinek alkalmazásáról szóló (2.)"
            " jegyzőkönyvre és különösen annak 6. cikkére,",
            ["TFEU", "PROTOCOL-2", "PROTOCOL-2:6"],
        ),
        (
            "de",
            "gestützt auf das dem Vertrag über die Europäische Union und dem Vertrag über die"
            " Arbeitsweise der Europäischen Union beigefügte Protokoll (Nr. 37) über die"
            " finanziellen Folgen des Ablaufs der Geltungsdauer des EGKS-Vertrags,"
            " insbesondere auf Artikel 2 Absatz 1,",
            ["TEU", "TFEU", "PROTOCOL-37", "PROTOCOL-37:2(1)"],
        ),
        (
            "et",
            "võttes arvesse Euroopa Liidu lepingule ja Euroopa Liidu toimimise lepingule"
            " lisatud protokolli (nr 37) Söe- ja Teraseuuringute Fondi kohta, eriti selle"
            " artikli 2 esimest lõiku,",
            ["TEU", "TFEU", "PROTOCOL-37", "PROTOCOL-37:2(1)"],
        ),
    ],
)
def test_article_of_protocol_named_after_its_treaties(
    lang: str, text: str, expected: list[str]
) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a Treaty alone, or a Treaty pinned before a Protocol, keeps its articles
        (
            "de",
            "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union,"
            " insbesondere auf Artikel 352,",
            ["TFEU", "TFEU:352"],
        ),
        (
            "en",
            "Having regard to the Treaty on European Union, and in particular Article 12"
            " thereof, and to Protocol No 1, and in particular Article 3 thereof,",
            ["TEU", "TEU:12", "PROTOCOL-1", "PROTOCOL-1:3"],
        ),
    ],
)
def test_treaty_keeps_its_articles(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Määruse (EÜ) nr 168/2007 artikli 30 lõigetega 3 ja 4 ettenähtud hindamine",
            ["CELEX:32007R0168:30(3)", "CELEX:32007R0168:30(4)"],
        ),
        (
            "Direktiivi 2011/83/EL artikli 6 lõigeteks 1 ja 2 on",
            ["CELEX:32011L0083:6(1)", "CELEX:32011L0083:6(2)"],
        ),
    ],
)
def test_estonian_plural_paragraph_cases(text: str, expected: list[str]) -> None:
    assert _keys(text, "et")[-2:] == expected
