"""A keyword line of a judgment's record lists the provisions applied one per line, the
instrument after its articles: nl "Regelgeving VWEU" then "art. 21 en 23 Handvest".
Where the language names an instrument after its articles (an "of" word links them),
the name right after the chain on its line owns it, not the one ending the line before
(read as a hard-wrapped genitive); the earlier name is cited whole. Genitive-first
languages (fi "perusoikeuskirjan 20 artikla") keep the name before."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Regelgeving   VWEU\nart. 20 en 26 Handvest\nart. 4 Richtlijn 2000/43/EG\n"
            "Onderwerp   gelijke behandeling",
            ["TFEU", "CFR:20", "CFR:26", "CELEX:32000L0043:4"],
        ),
        (
            "de",
            "Normen   AEUV\nArt. 20 und 21 GRCh\nArt. 4 Richtlinie 2000/78/EG\n"
            "Schlagworte   Diskriminierung",
            ["TFEU", "CFR:20", "CFR:21", "CELEX:32000L0078:4"],
        ),
        (
            "fr",
            "Textes   TFUE\narticles 20 et 21 Charte\narticle 4 directive 2000/43/CE\n"
            "Matière   discrimination",
            ["TFEU", "CFR:20", "CFR:21", "CELEX:32000L0043:4"],
        ),
        (
            "it",
            "Normativa   TFUE\nartt. 20 e 21 Carta\nart. 4 direttiva 2000/78/CE\n"
            "Materia   discriminazione",
            ["TFEU", "CFR:20", "CFR:21", "CELEX:32000L0078:4"],
        ),
        # no name after the chain on its line: the name that ends the line before owns it
        ("nl", "Regelgeving   VWEU\nart. 21 en 23\nOnderwerp", ["TFEU:21", "TFEU:23"]),
    ],
)
def test_name_after_the_chain_owns_it(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
