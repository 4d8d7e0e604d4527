"""A chain alone in brackets after a statement about one instrument cites that instrument
(pipeline/instrument_before.py, ``_bracketed_in_sentence``); a clause may hold several
such statements, each closed by its bracket: the next one names its own instrument (fr
"la Charte … (art. 24), depuis … le Traité sur l'Union européenne qui … (art. 3, § 3)")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Charter of Fundamental Rights protects the best interests of the child"
            " (Article 24), and the Treaty on the Functioning of the European Union addresses"
            " trafficking in human beings (Article 79(3)), while national law does the rest.",
        ),
        (
            "fr",
            "La Charte des droits fondamentaux protège l'intérêt supérieur de l'enfant"
            " (art. 24), et le traité sur le fonctionnement de l'Union européenne vise la lutte"
            " contre la traite des êtres humains (art. 79, § 3), tandis que le droit national"
            " fait le reste.",
        ),
        (
            "de",
            "Die Charta der Grundrechte schützt das Wohl des Kindes (Art. 24), und der Vertrag"
            " über die Arbeitsweise der Europäischen Union bekämpft den Menschenhandel"
            " (Art. 79 Abs. 3), während das nationale Recht den Rest regelt.",
        ),
        (
            "it",
            "La Carta dei diritti fondamentali tutela l'interesse superiore del minore"
            " (art. 24), mentre il Trattato sul funzionamento dell'Unione europea contrasta la"
            " tratta degli esseri umani (art. 79, paragrafo 3).",
        ),
    ],
)
def test_each_statement_cites_its_own_instrument(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CFR", "CFR:24", "TFEU", "TFEU:79(3)"]


def test_a_statement_naming_nothing_keeps_the_instrument_of_the_clause() -> None:
    text = (
        "Regulation (EC) No 1072/2009 governs cabotage (Articles 8 to 10), and lays down"
        " penalties (Article 12)."
    )
    assert _keys(text, "en") == [
        "CELEX:32009R1072",
        "CELEX:32009R1072:8-10",
        "CELEX:32009R1072:12",
    ]


def test_two_instruments_in_one_statement_still_name_neither() -> None:
    # both named before the first bracket: the article may be either's
    text = (
        "Regulation (EU) 2017/1129 and Directive 2003/71/EC both govern prospectuses"
        " (Article 22), and the rest follows."
    )
    keys = _keys(text, "en")
    assert "CELEX:32017R1129:22" not in keys and "CELEX:32003L0071:22" not in keys
