"""Two act forms: the adjective "European" standing for the domain before a number
written year-last (it "Regolamento europeo 679/2016", es "Reglamento europeo
679/2016", pt "Regulamento europeu 679/2016", fr "règlement européen 679/2016"), and a
title that lists its subjects and names the acts it amends or repeals without "on"
(sl "…, spremembi Direktive 2006/43/ES … ter razveljavitvi direktiv Sveta 78/660/EGS in
83/349/EGS", hr "…, izmjeni Direktive … i stavljanju izvan snage direktiva …"): a bare
"Directive" after the title is the titled act, not the last repealed one."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"
ACC = "CELEX:32013L0034"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Il trattamento (Regolamento europeo 679/2016) richiede una base.", [GDPR]),
        ("it", "ai sensi del Regolamento europeo n. 679/2016 sulla protezione", [GDPR]),
        ("es", "conforme al Reglamento europeo 679/2016 de protección de datos", [GDPR]),
        ("pt", "nos termos do Regulamento europeu 679/2016 relativo à proteção", [GDPR]),
        ("fr", "selon le règlement européen 679/2016 relatif à la protection", [GDPR]),
        ("it", "La direttiva europea 2019/790 sul diritto d'autore.", ["CELEX:32019L0790"]),
        # negatives: no number, another body
        ("it", "il regolamento europeo sulla privacy non lo prevede", []),
        ("fr", "le Conseil européen 5/2020 a décidé", []),
    ],
)
def test_european_adjective_as_domain(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected


SL = (
    "ob upoštevanju Direktive 2013/34/EU Evropskega parlamenta in Sveta z dne 26. junija "
    "2013 o letnih računovodskih izkazih, spremembi Direktive 2006/43/ES Evropskega "
    "parlamenta in Sveta ter razveljavitvi direktiv Sveta 78/660/EGS in 83/349/EGS in "
    "zlasti člena 19a(1){} Direktive,"
)


@pytest.mark.parametrize("between", ["", ", drugi pododstavek,"])
def test_sl_title_subjects_amended_acts(between: str) -> None:
    keys = [c.key for c in extract(SL.format(between), lang="sl")]
    assert keys[-1] == f"{ACC}:19a(1)"


def test_sl_bare_directive_without_title_is_last() -> None:
    text = (
        "Direktiva Sveta 83/349/EGS je bila razveljavljena. Glej člen 5 Direktive, ki "
        "ureja to vprašanje."
    )
    keys = [c.key for c in extract(text, lang="sl")]
    assert "CELEX:32013L0034:5" not in keys
