"""lv: real sentences from EU/EP texts (EUR-Lex, europarl doceo, corpus), exact keys."""

from __future__ import annotations

import pytest

import citeresolve

CASES = [
    (
        "treaty list",
        "ņemot vērā Līguma par Eiropas Savienību 3. panta 3. punktu un 6. pantu,",
        ["TEU:3(3)", "TEU:6"],
    ),
    (
        "treaty long list",
        "ņemot vērā Līguma par Eiropas Savienības darbību 9., 10., 12.,14., 16., 26. un 36. pantu, kā arī 114. panta 3. punktu un 169. panta 1. punktu,",
        [
            "TFEU:9",
            "TFEU:10",
            "TFEU:12",
            "TFEU:14",
            "TFEU:16",
            "TFEU:26",
            "TFEU:36",
            "TFEU:114(3)",
            "TFEU:169(1)",
        ],
    ),
    (
        "in particular",
        "ņemot vērā Eiropas Savienības Pamattiesību hartu un it īpaši tās 7., 8., 11., 21., 38. un 52. pantu,",
        ["CFR", "CFR:7", "CFR:8", "CFR:11", "CFR:21", "CFR:38", "CFR:52"],
    ),
    ("rules", "ņemot vērā Reglamenta 59. un 154. pantu,", ["EP-RULES:59", "EP-RULES:154"]),
    ("oj footnote", "(1) OV L 222, 20.8.2008., 1. lpp.", ["OJ:L:2008:222:1"]),
    ("eurlex metadata", "OV C 289, 9.8.2016, p. 65–70 (BG, ES, CS)", ["OJ:C:2016:289:65"]),
    ("texts adopted", "(2) Pieņemtie teksti, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
    ("negative", "saskaņā ar Krimināllikuma 405. pantu 2008. gada 20. augustā", []),
    # held-out audit, EUR-Lex 52010XP0147: "ES līguma" (EU Treaty) and an inserted article "74.a"
    ("EU treaty short", "ņemot vērā ES līguma 14. panta 3. punktu,", ["TEU:14(3)"]),
    (
        "inserted article",
        "ņemot vērā Reglamenta 74.a pantu un 81. panta 1. punktu,",
        ["EP-RULES:74a", "EP-RULES:81(1)"],
    ),
]


@pytest.mark.parametrize(("name", "text", "keys"), CASES, ids=[c[0] for c in CASES])
def test_keys(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="lv")] == keys


def _lv(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="lv")]


def test_court_rules_are_not_ep_rules() -> None:
    # CJEU T-16/04 summary (curia): the General Court's Rules have no key; the Statute of
    # the Court is Protocol No 3 and the directive's annex a pin (contract version 2)
    text = (
        "(EKL 174. pants, 175. panta 1. punkts un 230. panta ceturtā daļa; Eiropas Parlamenta un "
        "Padomes Direktīvas 2003/87 I pielikums)\n\n"
        "3.      Tiesvedība – Pieteikums par lietas ierosināšanu – Formas prasības – Strīda "
        "priekšmeta noteikšana – Kopsavilkums par izvirzītajiem pamatiem\n\n"
        "(Tiesas Statūtu 21. panta pirmā daļa un 53. panta pirmā daļa; Vispārējās tiesas "
        "Reglamenta 44. panta 1. punkta c) apakšpunkts)"
    )
    assert _lv(text) == [
        "TEC:174",
        "TEC:175(1)",
        "TEC:230(4)",
        "CELEX:32003L0087:annex-I",
        "PROTOCOL-3:21(1)",
        "PROTOCOL-3:53(1)",
    ]


def test_eea_joint_committee_decision_is_not_an_eu_act() -> None:
    # EUR-Lex 22024D1464: "Lēmums Nr. 326/2023" of the EEA Joint Committee
    text = (
        "EEZ APVIENOTĀS KOMITEJAS LĒMUMS Nr. 326/2023\n\n    (2023. gada 8. decembris),\n\n"
        "    EEZ līgumā ir jāiekļauj Eiropas Parlamenta un Padomes Regula (ES) 2019/492 (2019. gada "
        "25. marts), ar ko Regulu (EK) Nr. 391/2009 groza attiecībā uz Apvienotās Karalistes "
        "izstāšanos no Savienības (2)."
    )
    assert _lv(text) == ["CELEX:32019R0492", "CELEX:32009R0391"]
