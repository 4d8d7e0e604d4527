"""nl: real sentences from EU/EP texts (held-out audit), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    # EUR-Lex 52023BP1860 (discharge resolution): "artikel 100 van en bijlage V bij zijn Reglement"
    (
        "rules of and annex to",
        "gezien artikel 100 van en bijlage V bij zijn Reglement,",
        ["EP-RULES:100"],
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
