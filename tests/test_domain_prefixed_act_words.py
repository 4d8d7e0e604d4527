"""An act word glued to its domain with a hyphen (de "EU-VO Nr. 715/2007", nl
"EG-verordening", sv "EU-förordning", da "EF-direktiv") is the act's word: the article
chain before it pins that act, not a Treaty read from the domain, nor nothing."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "de",
            "Verstoß gegen Art. 4 Abs. 2 EU-VO Nr. 1234/2008; Art. 6 Abs. 1 EU-VO Nr. 1234/2008.",
            ["CELEX:32008R1234:4(2)", "CELEX:32008R1234:6(1)"],
        ),
        ("de", "Nach Art. 9 Abs. 3 EG-RL 2003/88 gilt das.", ["CELEX:32003L0088:9(3)"]),
        ("de", "Siehe Art. 2 EWG-Verordnung Nr. 1408/71 dazu.", ["CELEX:31971R1408:2"]),
        ("nl", "Volgens artikel 7 lid 2 EG-verordening nr. 1234/2008.", ["CELEX:32008R1234:7(2)"]),
        ("sv", "Enligt artikel 3.4 EU-förordning nr 1234/2008.", ["CELEX:32008R1234:3(4)"]),
        ("da", "Efter artikel 8 EF-direktiv 2003/88 gælder det.", ["CELEX:32003L0088:8"]),
    ],
)
def test_domain_prefixed_act_word(lang: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_act_alone_keeps_its_prefix_in_its_span() -> None:
    text = "Die EU-VO Nr. 1234/2008 gilt."
    (cit,) = citeresolve.extract(text, lang="de")
    assert (cit.key, text[cit.start : cit.end]) == ("CELEX:32008R1234", "EU-VO Nr. 1234/2008")
