"""Protocols and treaties that are not the EU Treaties': a Protocol attached to an Act of
Accession (es "Protocolo n.º 4 sobre el algodón, adjunto al Acta", hr "Protokola br. 4. o
pamuku priloženog tom aktu", en "Protocol No 4 on cotton, attached thereto") is no
PROTOCOL-n, while one attached to a Treaty named before it is; hr/sl a treaty noun in
lower case after an article ("članka 8. ugovora o …", "člen 8 pogodbe o …") names
another treaty, whose article does not take the Treaty its sentence named before."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Vista el Acta de Adhesión de 1985, y en particular el apartado 3 del Protocolo "
            "n.º 4 sobre el algodón, adjunto al Acta,",
            [],
        ),
        (
            "es",
            "Visto el Tratado de la Unión Europea y el Protocolo n.º 2 anejo al mismo,",
            ["TEU", "PROTOCOL-2"],
        ),
        (
            "hr",
            "uzimajući u obzir Akt o pristupanju iz 1985., a posebno stavak 3. Protokola br. 4. "
            "o pamuku priloženog tom aktu,",
            [],
        ),
        (
            "en",
            "Having regard to the 1985 Act of Accession, and in particular paragraph 3 of "
            "Protocol No 4 on cotton, attached thereto,",
            [],
        ),
        (
            "en",
            "Having regard to the Treaty on European Union and Protocol No 2 attached thereto,",
            ["TEU", "PROTOCOL-2"],
        ),
        (
            "hr",
            "Članak 267. UFEU-a protivi se odredbi kao što je ona iz članka 10. ugovora o "
            "zaštiti ulaganja između dviju država članica.",
            ["TFEU:267"],
        ),
        (
            "hr",
            "Članak 267. UFEU-a treba tumačiti zajedno s člankom 19. Ugovora.",
            ["TFEU:267", "TFEU:19"],
        ),
        (
            "sl",
            "Člen 267 PDEU nasprotuje določbi, kot je člen 10 pogodbe o zaščiti naložb.",
            ["TFEU:267"],
        ),
    ],
)
def test_not_the_treaties(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
