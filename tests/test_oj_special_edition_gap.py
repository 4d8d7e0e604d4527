"""An act cited genitive first keeps its articles across an Official Journal reference
that goes on, after a semicolon, with the national special edition of the 2004 and
later accession languages: hu "93/13/EGK tanácsi irányelv (HL 1993. L 95., 29. o.;
magyar nyelvű különkiadás 15. fejezet, 2. kötet, 288. o.) 6. cikke (1) bekezdésének"
is Article 6(1) of the Directive, not the Directive named alone."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "hu",
        "A kérelem a 2001. május 30-i 1049/2001/EK európai parlamenti és tanácsi rendelet "
        "(HL 2001. L 145., 43. o.; magyar nyelvű különkiadás 1. fejezet, 3. kötet, 331. o.) "
        "4. cikke (2) bekezdésének és 9. cikkének értelmezésére vonatkozik.",
        ["OJ:L:2001:145:43", "CELEX:32001R1049:4(2)", "CELEX:32001R1049:9"],
    ),
    (
        "lv",
        "Lūgums sniegt prejudiciālu nolēmumu ir par to, kā interpretēt Padomes Direktīvas "
        "2003/88/EK (OV 2003, L 299, 9. lpp.; Īpašais izdevums latviešu valodā: 5. nodaļa, "
        "4. sējums, 381. lpp.) 7. panta 1. punktu.",
        ["OJ:L:2003:299:9", "CELEX:32003L0088:7(1)"],
    ),
    (
        "lt",
        "Prašymas priimti prejudicinį sprendimą pateiktas dėl Tarybos direktyvos 85/374/EEB "
        "(OL L 210, 1985, p. 29; 2004 m. specialusis leidimas lietuvių k., 15 skyrius, "
        "1 tomas, p. 257) 6 straipsnio 1 dalies išaiškinimo.",
        ["OJ:L:1985:210:29", "CELEX:31985L0374:6(1)"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_articles_after_a_special_edition_take_the_act(
    lang: str, text: str, keys: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == keys


def test_a_second_act_after_the_semicolon_still_breaks_the_link() -> None:
    # the bracket names another act after its semicolon: the article is not the first's
    text = (
        "a 2003/88/EK irányelv (HL 2003. L 299., 9. o.; lásd még a 2000/34/EK irányelvet) 7. cikke"
    )
    keys = [c.key for c in citeresolve.extract(text, lang="hu")]
    assert "CELEX:32003L0088" in keys
    assert "CELEX:32003L0088:7" not in keys
