"""Romanian: real sentences from EP texts adopted and EUR-Lex (corpus and europarl pages)."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="ro")]


def test_treaty_article_lists_and_ranges() -> None:
    text = (
        "având în vedere articolele 2, 6 și 9-12 din Tratatul privind Uniunea Europeană (TUE), "
        "articolele 18-25 din TFUE și articolele 11, 21 și 39-46 din Carta drepturilor "
        "fundamentale a UE"
    )
    assert keys(text) == [
        "TEU:2",
        "TEU:6",
        "TEU:9-12",
        "TFEU:18-25",
        "CFR:11",
        "CFR:21",
        "CFR:39-46",
    ]


def test_paragraph_in_brackets_and_unnumbered_paragraph() -> None:
    text = (
        "– având în vedere articolul 294 alineatul (2) și articolul 173 și articolul 175 al "
        "treilea paragraf din Tratatul privind funcționarea Uniunii Europene,"
    )
    assert keys(text) == ["TFEU:294(2)", "TFEU:173", "TFEU:175(3)"]
    assert keys("articolul 107 alineatul (3) litera (c) din TFUE") == ["TFEU:107(3)(c)"]


def test_cedilla_spelling_and_in_particular() -> None:
    text = (
        "având în vedere Tratatul privind funcţionarea Uniunii Europene, în special articolul 249,"
    )
    assert keys(text) == ["TFEU", "TFEU:249"]


def test_ep_rules() -> None:
    text = (
        "–  având în vedere articolul 132 alineatele (2) și (4) din Regulamentul său de procedură,\n"
        "– având în vedere articolele 110 și 59 din Regulamentul său de procedură,"
    )
    assert keys(text) == ["EP-RULES:132(2)", "EP-RULES:132(4)", "EP-RULES:110", "EP-RULES:59"]


def test_instruments() -> None:
    text = (
        "–  având în vedere Declarația Universală a Drepturilor Omului și alte tratate,\n"
        "–  având în vedere articolul 33 alineatul (1) din Convenția privind statutul "
        "refugiaților din 1951,"
    )
    assert keys(text) == ["UDHR", "REFUGEE-CONVENTION:33(1)"]


def test_oj_references() -> None:
    assert keys("(1) JO L 308, 8.12.2000, p. 26.") == ["OJ:L:2000:308:26"]
    assert keys("JO C 369, 11.10.2018, p. 11–21") == ["OJ:C:2018:369:11"]


def test_texts_adopted_footnote() -> None:
    assert keys("(2) Texte adoptate, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_act_in_genitive() -> None:
    assert keys(
        "de modificare a Regulamentului (UE, Euratom) 2018/1046 privind normele financiare"
    ) == ["CELEX:32018R1046"]


def test_negative_national_law_and_dates() -> None:
    assert (
        keys("în temeiul articolului 405 din Codul penal al Kazahstanului, la 17 februarie 2022")
        == []
    )
