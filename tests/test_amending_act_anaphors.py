"""An act named as the one amending the act before it ("as amended by", fr "telle que
modifiée par", it "come modificata dalla", nl "zoals gewijzigd bij") is no antecedent of
"that Directive", "ladite décision-cadre", "detta direttiva": the amended act is, also
past its date and title."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Vu la décision-cadre 2002/584/JAI du Conseil du 13 juin 2002 relative au mandat "
            "d'arrêt européen, telle que modifiée par la décision-cadre 2009/299/JAI ; il "
            "résulte de l'article 4 bis de ladite décision-cadre que l'exécution peut être "
            "refusée.",
            ["CELEX:32002F0584", "CELEX:32009F0299", "CELEX:32002F0584:4a"],
        ),
        (
            "it",
            "La direttiva 2011/95/UE, come modificata dalla direttiva (UE) 2024/1346, si "
            "applica; l'articolo 4 di detta direttiva disciplina l'esame dei fatti.",
            ["CELEX:32011L0095", "CELEX:32024L1346", "CELEX:32011L0095:4"],
        ),
        (
            "en",
            "Directive 2003/87/EC of the European Parliament and of the Council of 13 October "
            "2003 establishing a scheme for greenhouse gas emission allowance trading, as "
            "amended by Directive (EU) 2018/410, applies. Article 10 of that Directive lays "
            "down the auctioning rules.",
            ["CELEX:32003L0087", "CELEX:32018L0410", "CELEX:32003L0087:10"],
        ),
        (
            "nl",
            "Richtlijn 2003/87/EG, zoals gewijzigd bij Richtlijn (EU) 2018/410, is van "
            "toepassing; artikel 10 van die richtlijn regelt de veiling.",
            ["CELEX:32003L0087", "CELEX:32018L0410", "CELEX:32003L0087:10"],
        ),
        # the amending act cited on its own, later, is an antecedent again
        (
            "en",
            "Directive 2003/87/EC, as amended by Directive (EU) 2018/410, applies. Directive "
            "(EU) 2023/959 then amended it again. Article 3 of that Directive is new.",
            ["CELEX:32003L0087", "CELEX:32018L0410", "CELEX:32023L0959", "CELEX:32023L0959:3"],
        ),
    ],
)
def test_amending_act_anaphors(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
