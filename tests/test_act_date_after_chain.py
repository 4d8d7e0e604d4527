"""The act's date between an article chain and the act named after it, in the languages
that may name the act's authors there (lv, lt): lv "72. panta a) punktu Eiropas
Parlamenta un Padomes 2004. gada 29. aprīļa Regulā (EK) Nr. 883/2004", lt "72
straipsnio a punktą … 2004 m. balandžio 29 d. reglamente". The chain is the act's."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "ņemot vērā 16. panta 1. punktu Eiropas Parlamenta un Padomes 2010. gada "
            "24. novembra Regulā (ES) Nr. 1093/2010, ar ko izveido Eiropas Banku iestādi,",
            ["CELEX:32010R1093:16(1)"],
        ),
        (
            "lv",
            "kā paredzēts 4. pantā 2008. gada 17. jūnija Direktīvā 2008/56/EK",
            ["CELEX:32008L0056:4"],
        ),
        (
            "lv",
            "ņemot vērā 15. pantu Padomes 2003. gada 18. februāra Regulā (EK) Nr. 343/2003",
            ["CELEX:32003R0343:15"],
        ),
        (
            "lt",
            "atsižvelgdama į 16 straipsnio 1 dalį Europos Parlamento ir Tarybos 2010 m. "
            "lapkričio 24 d. reglamente (ES) Nr. 1093/2010",
            ["CELEX:32010R1093:16(1)"],
        ),
    ],
)
def test_dated_act_after_chain(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A date that opens a clause of its own: the act after it is not the chain's.
        (
            "lv",
            "saskaņā ar likuma 5. pantu 2004. gada 29. aprīlī Komisija pieņēma Regulu "
            "(EK) Nr. 883/2004",
            ["CELEX:32004R0883"],
        ),
        # A national law's article, then a date and an EU act in another phrase.
        (
            "lt",
            "pagal Įstatymo 5 straipsnį 2016 m. balandžio 27 d. priimtas Reglamentas (ES) "
            "2016/679 taikomas",
            ["CELEX:32016R0679"],
        ),
        # No date words in a language that names no authors there.
        (
            "en",
            "under Article 5 2004 the Regulation (EC) No 883/2004 applies",
            ["CELEX:32004R0883"],
        ),
    ],
)
def test_dated_act_after_chain_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
