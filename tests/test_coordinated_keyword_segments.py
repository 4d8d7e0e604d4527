"""A chain of a keyword segment coordinated with a chain that names its own instrument in
the same segment cites that instrument, not the act of the line's earlier segments ("–
Article 218(11) TFEU – Compatibility with Articles 7 and 8 and with Article 52(1) of the
Charter –": CFR:7, CFR:8), also with the preposition repeated and an elided article (it
"nonché con l'articolo 52")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


_KEYS = ["TFEU:218(11)", "CFR:7", "CFR:8", "CFR:52(1)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Opinion 2/13 – Article 218(11) TFEU – Compatibility with Articles 7 and 8 and with"
            " Article 52(1) of the Charter of Fundamental Rights of the European Union",
        ),
        (
            "it",
            "Parere 2/13 – Articolo 218, paragrafo 11, TFUE – Compatibilità con gli articoli 7 e"
            " 8 nonché con l'articolo 52, paragrafo 1, della Carta dei diritti fondamentali"
            " dell'Unione europea",
        ),
        (
            "de",
            "Gutachten 2/13 – Art. 218 Abs. 11 AEUV – Vereinbarkeit mit den Art. 7 und 8 sowie"
            " mit Art. 52 Abs. 1 der Charta der Grundrechte der Europäischen Union",
        ),
    ],
)
def test_coordinated_chain_of_a_segment(lang: str, text: str) -> None:
    assert _keys(text, lang) == _KEYS


def test_an_act_named_after_and_keeps_the_line_head() -> None:
    # "and Regulation …" with no chain of its own: the articles are the line's act
    text = "Working time — Directive 2003/88/EC — Articles 5 and 7 and Regulation (EC) No 561/2006"
    assert _keys(text, "en") == [
        "CELEX:32003L0088",
        "CELEX:32003L0088:5",
        "CELEX:32003L0088:7",
        "CELEX:32006R0561",
    ]


def test_outside_a_keyword_line_too() -> None:
    text = (
        "La questione riguarda la compatibilità con gli articoli 7 e 8 nonché con l'articolo"
        " 52, paragrafo 1, della Carta dei diritti fondamentali dell'Unione europea."
    )
    assert _keys(text, "it") == ["CFR:7", "CFR:8", "CFR:52(1)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "Compatibilità dell'accordo con l'articolo 16 TFUE e con gli articoli 7, 8 e con"
            " l'articolo 52, paragrafo 1, della Carta dei diritti fondamentali dell'Unione"
            " europea – Base giuridica",
        ),
        (
            "en",
            "compatibility with Article 16 TFEU and with Articles 7 and 8 and with Article"
            " 52(1) of the Charter of Fundamental Rights of the European Union",
        ),
        (
            "de",
            "Vereinbarkeit mit Art. 16 AEUV sowie mit Art. 7 und 8 sowie mit Art. 52 Abs. 1 der"
            " Charta der Grundrechte der Europäischen Union",
        ),
    ],
)
def test_between_two_instruments_the_one_named_after(lang: str, text: str) -> None:
    # coordinated with the chain before and the one after: the instrument named after
    assert _keys(text, lang) == ["TFEU:16", "CFR:7", "CFR:8", "CFR:52(1)"]
