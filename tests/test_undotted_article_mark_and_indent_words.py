"""Article and indent words as national courts and lawyers write them.

Portuguese court reports (the STA's and the Relações' summaries) write the article word
with its ordinal mark and no dot: "artº 267º, § 3º, do TFUE", "artºs 49º e 54º", and the
paragraph plural "nºs". Italian writers name an article's indent "alinea" ("art. 47,
secondo alinea") and its subparagraph "capoverso"; both are dropped from the pin, like
"comma" and "trattino", and no longer end the list before its instrument.
"""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pt",
            "Cumprindo, pois, o disposto no artº 267º, § 3º, do TFUE, não há nulidade.",
            ["TFEU:267(3)"],
        ),
        (
            "pt",
            "com fundamento no artº 7º, nº 1, do Regulamento (CE) nº 261/2004.",
            ["CELEX:32004R0261:7(1)"],
        ),
        (
            "pt",
            "em infração dos artºs 49º e 54º do Tratado sobre o Funcionamento da União Europeia.",
            ["TFEU:49", "TFEU:54"],
        ),
        (
            "pt",
            "nos termos do art.ºs 3.º e 5.º, nºs 1 e 2, da Diretiva 2006/112/CE.",
            ["CELEX:32006L0112:3", "CELEX:32006L0112:5(1)", "CELEX:32006L0112:5(2)"],
        ),
        (
            "it",
            "in attuazione dell’art. 47, secondo alinea, e 48, terza alinea, della direttiva "
            "2004/18/CE (ora sostituiti dall’art. 63 della direttiva 2014/24/UE)",
            ["CELEX:32004L0018:47", "CELEX:32004L0018:48", "CELEX:32014L0024:63"],
        ),
        (
            "it",
            "Se gli artt. 47 secondo alinea e 48 terzo alinea della\nDirettiva 2004/18/CE ostino",
            ["CELEX:32004L0018:47", "CELEX:32004L0018:48"],
        ),
        (
            "it",
            "ai sensi dell'articolo 57, paragrafo 4, primo capoverso, della direttiva 2014/24/UE",
            ["CELEX:32014L0024:57(4)"],
        ),
    ],
)
def test_article_and_indent_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "por não se mostrar preenchida a previsão do artº 195º, nº 1, do CPC."),
        ("pt", "nos termos dos artºs 269º e 272º, nºs 1 e 3, do CPC de 2013."),
        ("it", "l’art. 49, secondo alinea, del d.lgs. n. 163/2006 non lo consente."),
        ("it", "l'articolo 111, primo capoverso, della Costituzione italiana"),
    ],
)
def test_national_law_stays_unreported(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
