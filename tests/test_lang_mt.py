"""Maltese: real sentences from EP texts adopted, the ISG and EUR-Lex (corpus and europarl pages)."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="mt")]


def test_glued_prepositions_before_treaty() -> None:
    text = (
        " wara li kkunsidra l-Artikolu 6(d) tat-Trattat dwar il-Funzjonament tal-Unjoni "
        "Ewropea (TFUE),\n\n wara li kkunsidra l-Artikolu 195 tat-TFUE,"
    )
    assert keys(text) == ["TFEU:6(d)", "TFEU:195"]


def test_treaty_article_lists() -> None:
    text = (
        "wara li kkunsidra l-ex Artikoli 2 u 21 tat-Trattat dwar l-Unjoni Ewropea u "
        "l-Artikolu 205 tat-Trattat dwar il-Funzjonament tal-Unjoni Ewropea"
    )
    assert keys(text) == ["TEU:2", "TEU:21", "TFEU:205"]


def test_charter_thereof() -> None:
    text = (
        "–  wara li kkunsidra l-Karta tad-Drittijiet Fundamentali tal-Unjoni Ewropea "
        '("il-Karta"), u b\'mod partikolari l-Artikoli 7, 8, 16, 47 u 52 tagħha,'
    )
    assert keys(text) == ["CFR", "CFR:7", "CFR:8", "CFR:16", "CFR:47", "CFR:52"]


def test_ep_rules() -> None:
    assert keys("– wara li kkunsidra l-Artikoli 59 u 154 tar-Regoli ta' Proċedura tiegħu,") == [
        "EP-RULES:59",
        "EP-RULES:154",
    ]
    text = "l-Artikolu 99(1), l-ewwel u t-tielet subparagrafi, tar-Regoli ta' Proċedura tiegħu"
    assert keys(text) == ["EP-RULES:99(1)"]


def test_oj_references() -> None:
    assert keys("(1)  ĠU L 176, 4.7.1991, p. 7.") == ["OJ:L:1991:176:7"]
    assert keys("ĠU C 316, 22.9.2017, p. 314–314") == ["OJ:C:2017:316:314"]
    # old orthography: the date glued to its article
    assert keys("(ĠU L 44, tat-28.2.1995, p. 61)") == ["OJ:L:1995:044:61"]


def test_texts_adopted_footnote() -> None:
    assert keys("(4) Testi adottati, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_cases() -> None:
    assert keys(
        "is-sentenza tal-Qorti tal-Ġustizzja tas-6 ta' Ottubru 2015 fil-Kawża C-362/14"
    ) == ["CJEU:C-362/14"]


def test_negative_national_law_and_dates() -> None:
    assert (
        keys("skont l-Artikolu 405 tal-Kodiċi Kriminali tal-Każakistan tas-7 ta' Lulju 2014") == []
    )


def test_old_treaty_names() -> None:
    # TA-7-2012-0124 (doceo) and EUR-Lex protocols: "tal-Unjoni", old "ta' l-Unjoni"
    assert keys("(Artikolu 48(3) tat-Trattat tal-Unjoni Ewropea)") == ["TEU:48(3)"]
    assert keys(
        "għat-Trattat tal-Unjoni Ewropea u t-Trattat dwar il-Funzjonament tal-Unjoni Ewropea,"
    ) == ["TEU", "TFEU"]
    assert keys(
        "B'referenza għall-Artikolu 2(2) tat-Trattat dwar il-Funzjonament ta' l-Unjoni Ewropea"
    ) == ["TFEU:2(2)"]


def test_regulation_number_without_domain() -> None:
    # C-106/19 (curia): keyword line of a judgment
    assert keys("(ir-raba’ paragrafu tal-Artikolu 263 TFUE; Regolament 2018/1718)") == [
        "TFEU:263(4)",
        "CELEX:32018R1718",
    ]


def test_maltese_second_audit_point_c_dot_and_degree_number_word() -> None:
    # C-544/16 (Marcandi): Maltese points run (a), (b), (ċ), (d): "(ċ)" is point (c).
    assert keys(
        "“Rinviju għal deċiżjoni preliminari – Direttiva 2006/112/KE – Artikolu 2(1)(ċ) – "
        "Operazzjoni minn qabel – Artikolu 73 – Ammont taxxabbli"
    ) == ["CELEX:32006L0112", "CELEX:32006L0112:2(1)(c)", "CELEX:32006L0112:73"]
    # T-643/11 (curia): "Nru°1225/2009", a degree sign for the space after "Nru".
    assert keys(
        "Eżami mill-ġdid — Artikolu 11(2) tar-Regolament (KE) Nru°1225/2009 — Drittijiet tad-difiża"
    ) == ["CELEX:32009R1225:11(2)"]


def test_maltese_second_audit_case_numbers_that_lost_their_hyphen() -> None:
    # C-106/19 (curia copy): the hyphen after the court letter is lost ("C106/19"); only
    # right after a case word is such a number read as a case.
    assert keys("Kawżi magħquda C106/19 u C232/19\n\nIrRepubblika Taljana") == [
        "CJEU:C-106/19",
        "CJEU:C-232/19",
    ]
    assert keys("il-punt C106/19 tal-lista") == []
