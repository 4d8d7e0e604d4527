"""nl: real sentences from EU/EP texts (held-out audit), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # EUR-Lex 52023BP1860 (discharge resolution): "artikel 100 van en bijlage V bij zijn Reglement"
    (
        "rules of and annex to",
        "gezien artikel 100 van en bijlage V bij zijn Reglement,",
        ["EP-RULES:100", "EP-RULES:annex-V"],  # contract version 2: the annex is a pin
    ),
    (
        "inserted article bis",
        "Artikel 21 bis van Verordening (EG) nr. 2006/2004 voorziet in een toetsing",
        ["CELEX:32004R2006:21a"],
    ),
    (
        "case header",
        "In zaak C-561/19,\nbetreffende een verzoek om een prejudiciële beslissing krachtens artikel 267 VWEU,",
        ["CJEU:C-561/19", "TFEU:267"],
    ),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="nl")] == keys


def test_motion_b8_0153_2018_ranges_and_un_conventions() -> None:
    # B8-0153/2018: "145 tot met 161" (sic) and the short names of the UN covenants
    text = (
        "– gezien de artikelen 6, 9, 145 tot met 161, 173 en 174 van het Verdrag betreffende de "
        "werking van de Europese Unie (VWEU),\n– gezien de Universele Verklaring van de rechten "
        "van de mens (1948) en andere VN-instrumenten over de mensenrechten, met name het Verdrag "
        "over de burgerlijke en politieke rechten (1966), het Verdrag over de economische, sociale "
        "en culturele rechten (1966), alsmede het Verdrag betreffende afschaffing van alle vormen "
        "van discriminatie van de vrouw (1979),"
    )
    assert [c.key for c in citeresolve.extract(text, lang="nl")] == [
        "TFEU:6",
        "TFEU:9",
        "TFEU:145-161",
        "TFEU:173",
        "TFEU:174",
        "UDHR",
        "ICCPR",
        "ICESCR",
        "CEDAW",
    ]


def test_in_samenhang_met_links_to_the_act_of_the_visa() -> None:
    # Implementing Regulation (EU) No 585/2011 (docplayer transcript)
    text = (
        "DE EUROPESE COMMISSIE, Gezien het Verdrag betreffende de werking van de Europese Unie, "
        "Gezien Verordening (EG) nr. 1234/2007 van de Raad van 22 oktober 2007 houdende een "
        "gemeenschappelijke ordening van de landbouwmarkten ( 1 ), en met name artikel 191, in "
        "samenhang met artikel 4, Overwegende hetgeen volgt:"
    )
    assert [c.key for c in citeresolve.extract(text, lang="nl")] == [
        "TFEU",
        "CELEX:32007R1234",
        "CELEX:32007R1234:191",
        "CELEX:32007R1234:4",
    ]
