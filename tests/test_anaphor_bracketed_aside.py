"""An act named in brackets after another act of its kind in the same sentence is an
aside ("… had its deadline extended (Directive (EU) 2018/411)"): a reference word after
it ("that Directive", "ladite directive", "dieser Richtlinie") stands for the act the
sentence is about, not for the one in the aside."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Directive 2016/97 on insurance distribution had its transposition deadline "
            "extended (by Directive (EU) 2018/411). Article 2 of that Directive defines "
            "the terms.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32016L0097:2"],
        ),
        (
            "pt",
            "A Diretiva 2016/97 viu o seu prazo alargado (Diretiva (UE) 2018/411, de 14 de "
            "março de 2018). O artigo 2.º da referida Diretiva define os termos.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32016L0097:2"],
        ),
        (
            "es",
            "La Directiva 2016/97 vio ampliado su plazo (Directiva (UE) 2018/411, de 14 de "
            "marzo de 2018). El artículo 2 de dicha Directiva define los términos.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32016L0097:2"],
        ),
        (
            "it",
            "La direttiva 2016/97 ha visto prorogato il termine (direttiva (UE) 2018/411 del "
            "14 marzo 2018). L'articolo 2 di tale direttiva definisce i termini.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32016L0097:2"],
        ),
        (
            "de",
            "Die Richtlinie 2014/65/EU über Märkte für Finanzinstrumente ersetzt die frühere "
            "Regelung (Richtlinie 2004/39/EG), und Artikel 4 dieser Richtlinie bestimmt die "
            "Begriffe.",
            ["CELEX:32014L0065", "CELEX:32004L0039", "CELEX:32014L0065:4"],
        ),
        (
            "pt",
            "A Diretiva de Distribuição de Seguros (Diretiva (UE) 2016/97) viu o seu prazo "
            "alargado (Diretiva (UE) 2018/411). A Diretiva ficou-se pela harmonização "
            "mínima (considerandos 3 e 52).",
            [
                "CELEX:32016L0097",
                "CELEX:32018L0411",
                "CELEX:32016L0097:recital-3",
                "CELEX:32016L0097:recital-52",
            ],
        ),
    ],
)
def test_reference_word_skips_the_aside(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # no act of its kind before the brackets: the act in them is the antecedent
        (
            "en",
            "The deadline was extended (Directive (EU) 2018/411). Article 2 of that "
            "Directive sets the new date.",
            ["CELEX:32018L0411", "CELEX:32018L0411:2"],
        ),
        # the act of its kind before the brackets is in another sentence
        (
            "en",
            "Directive 2016/97 applies. The deadline was extended (Directive (EU) 2018/411). "
            "Article 2 of that Directive sets the new date.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32018L0411:2"],
        ),
        (
            "fr",
            "La directive 2016/97 s'applique. Le délai a été prolongé (directive (UE) "
            "2018/411). L'article 2 de ladite directive fixe la nouvelle date.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32018L0411:2"],
        ),
        # both acts in the same brackets: no aside
        (
            "en",
            "The rules changed (Directive 2016/97 and Directive (EU) 2018/411). Article 2 of "
            "that Directive sets the date.",
            ["CELEX:32016L0097", "CELEX:32018L0411", "CELEX:32018L0411:2"],
        ),
        # an aside of another kind leaves the reference word's kind alone
        (
            "en",
            "Regulation (EU) No 1286/2014 applies to these products (Directive 2016/97 "
            "covers their distribution). Article 2 of that Regulation sets the scope.",
            ["CELEX:32014R1286", "CELEX:32016L0097", "CELEX:32014R1286:2"],
        ),
    ],
)
def test_no_aside(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
