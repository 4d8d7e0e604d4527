"""Genitive-first languages: an act, the relative clause of its title with commas
inside, closed by the act's Official Journal reference, then the article chain: the
chain is the titled act's (et "direktiivi 2008/9/EÜ, millega sätestatakse …
maksukohustuslastele, kelle asukoht ei ole tagastamisliikmesriigis (ELT 2008, L 44, lk
23), artikli 20 lõiget 2"), also where the title names another act in another case.
Without the reference closing it, a title with commas inside does not reach the chain."""

from __future__ import annotations

import pytest

from citeresolve import extract

TITLED = "CELEX:32008L0009"
NAMED = "CELEX:32006L0112"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "Eelotsusetaotlus käsitleb seda, kuidas tõlgendada nõukogu 12. veebruari 2008. "
            "aasta direktiivi 2008/9/EÜ, millega sätestatakse üksikasjalikud eeskirjad "
            "käibemaksu tagastamiseks vastavalt direktiivile 2006/112/EÜ "
            "maksukohustuslastele, kelle asukoht ei ole tagastamisliikmesriigis, vaid teises "
            "liikmesriigis (ELT 2008, L 44, lk 23), artikli 20 lõiget 2.",
        ),
        (
            "lt",
            "Prašymas priimti prejudicinį sprendimą pateiktas dėl Tarybos direktyvos "
            "2008/9/EB, kuria nustatomos išsamios pridėtinės vertės mokesčio grąžinimo "
            "taisyklės, numatytos direktyvoje 2006/112/EB, apmokestinamiesiems asmenims, "
            "neįsisteigusiems valstybėje narėje (OL L 44, 2008, p. 23), 20 straipsnio 2 dalies "
            "išaiškinimo.",
        ),
        (
            "lv",
            "Lūgums sniegt prejudiciālu nolēmumu ir par to, kā interpretēt Padomes "
            "Direktīvas 2008/9/EK, ar ko paredz sīki izstrādātus noteikumus par pievienotās "
            "vērtības nodokļa atmaksāšanu, kas paredzēta Direktīvā 2006/112/EK, nodokļa "
            "maksātājiem (OV L 44, 20.2.2008., 23. lpp.), 20. panta 2. punktu.",
        ),
    ],
)
def test_chain_after_a_title_closed_by_its_journal_reference(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert f"{TITLED}:20(2)" in keys
    assert f"{NAMED}:20(2)" not in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "et",
            "Kohus tõlgendab direktiivi 2008/9/EÜ, millega sätestatakse eeskirjad vastavalt "
            "direktiivile 2006/112/EÜ maksukohustuslastele, kelle asukoht ei ole "
            "liikmesriigis, artikli 20 lõiget 2.",
        ),
        (
            "lt",
            "Tarybos direktyvos 2008/9/EB, kuria nustatomos taisyklės, numatytos direktyvoje "
            "2006/112/EB, apmokestinamiesiems asmenims, 20 straipsnio 2 dalį.",
        ),
    ],
)
def test_title_with_commas_and_no_journal_reference(lang: str, text: str) -> None:
    assert f"{TITLED}:20(2)" not in _keys(text, lang)
