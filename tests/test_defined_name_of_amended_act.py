"""A name defined right after "A as amended by B" stands for A, the act as amended, not
for B, the last act before the definition: "Regulation (EU) No 531/2012 as amended by
Regulation (EU) 2015/2120 (hereafter ‘Roaming Regulation’) … Article 3 Roaming
Regulation" pins 531/2012."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "en",
            "These Guidelines explain Directive 2003/87/EC as amended by Directive "
            "2009/29/EC (hereinafter ‘the ETS Directive’). Article 10 of the ETS Directive "
            "sets the auction rules.",
            "CELEX:32003L0087:10",
        ),
        (
            "fr",
            "Les lignes directrices expliquent la directive 2003/87/CE telle que modifiée par "
            "la directive 2009/29/CE (ci-après la «directive SEQE»). L'article 10 de la "
            "directive SEQE fixe les règles.",
            "CELEX:32003L0087:10",
        ),
        (
            "es",
            "Las directrices explican la Directiva 2003/87/CE, modificada por la Directiva "
            "2009/29/CE (en lo sucesivo, «Directiva RCDE»). El artículo 10 de la Directiva "
            "RCDE fija las normas.",
            "CELEX:32003L0087:10",
        ),
    ],
)
def test_name_defined_after_as_amended_by_is_the_amended_act(
    lang: str, text: str, pin: str
) -> None:
    keys = [c.key for c in extract(text, lang=lang)]
    assert pin in keys
    assert "CELEX:32009L0029:10" not in keys


def test_name_defined_after_another_act_is_that_act() -> None:
    text = (
        "These Guidelines explain Directive 2003/87/EC and Directive 2009/29/EC "
        "(hereinafter ‘the Amending Directive’). Article 1 of the Amending Directive "
        "changes the scope."
    )
    assert "CELEX:32009L0029:1" in [c.key for c in extract(text, lang="en")]
