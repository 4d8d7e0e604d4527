"""Latvian and Lithuanian write no "of" word between an article chain and the act it
cites after it, and the act's authors may stand between them, in the genitive: lv
"kā interpretēt 3. panta a) un d) punktu, kā arī 5. pantu Padomes Regulā (EK) Nr.
4/2009", lt "5 straipsnį Tarybos reglamente (EB) Nr. 4/2009". The language files'
``act_authors`` list them; the chain is the act's. An author with no act right after
it links nothing."""

from __future__ import annotations

import pytest

import citeresolve

R4, R883 = "CELEX:32009R0004", "CELEX:32004R0883"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "lv",
            "Jautājums ir par to, kā interpretēt 3. panta a) un d) punktu, kā arī 5. pantu "
            "Padomes Regulā (EK) Nr. 4/2009 par jurisdikciju.",
            [f"{R4}:3(a)", f"{R4}:3(d)", f"{R4}:5"],
        ),
        (
            "lv",
            "ņemot vērā 72. panta a) punktu Eiropas Parlamenta un Padomes Regulā (EK) Nr. "
            "883/2004 par sociālās nodrošināšanas sistēmu koordinēšanu",
            [f"{R883}:72(a)"],
        ),
        (
            "lt",
            "Prašymas priimti prejudicinį sprendimą susijęs su 5 straipsnio išaiškinimu, "
            "kaip jis įtvirtintas 5 straipsnyje Tarybos reglamente (EB) Nr. 4/2009.",
            [f"{R4}:5"],
        ),
        (
            "lt",
            "atsižvelgdama į 72 straipsnio a punktą Europos Parlamento ir Tarybos reglamente "
            "(EB) Nr. 883/2004",
            [f"{R883}:72(a)"],
        ),
        # the author with no act after it: the chain stays the act's of nothing
        (
            "lv",
            "Saskaņā ar 5. pantu Padomes lēmums tika pieņemts, bet Regula (EK) Nr. 4/2009 vēl ne.",
            [R4],
        ),
        # a national body is no author of the act
        (
            "lv",
            "5. pantu Ministru kabineta noteikumos un Regulu (EK) Nr. 4/2009",
            [R4],
        ),
    ],
)
def test_authors_between_chain_and_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
