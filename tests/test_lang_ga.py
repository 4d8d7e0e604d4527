"""Irish: real sentences from EP texts adopted and EUR-Lex (europarl and EUR-Lex pages)."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="ga")]


def test_treaty_articles() -> None:
    text = (
        "ag féachaint d’Airteagal 283(2), an dara fomhír, den Chonradh ar Fheidhmiú an "
        "Aontais Eorpaigh,"
    )
    assert keys(text) == ["TFEU:283(2)"]
    assert keys("de bhun Airteagal 7(1) agus (2) den Chonradh ar an Aontas Eorpach") == [
        "TEU:7(1)",
        "TEU:7(2)",
    ]
    text = "Airteagail 258, 259 agus 260 den Chonradh ar Fheidhmiú an Aontais Eorpaigh (CFAE)"
    assert keys(text) == ["TFEU:258", "TFEU:259", "TFEU:260"]


def test_h_prefixed_article() -> None:
    assert keys("i gcomhréir le hAirteagal 354 den Chonradh ar Fheidhmiú an Aontais Eorpaigh") == [
        "TFEU:354"
    ]


def test_ep_rules_are_riail() -> None:
    assert keys("ag féachaint do Riail 130 dá Rialacha Nós Imeachta,") == ["EP-RULES:130"]
    assert keys("de bhun Riail 110(2), Riail 115(5) nó Riail 122(2)") == [
        "EP-RULES:110(2)",
        "EP-RULES:115(5)",
        "EP-RULES:122(2)",
    ]


def test_oj_references() -> None:
    assert keys("(IO C 202, 7.6.2016, lgh. 160-161)") == ["OJ:C:2016:202:160"]
    assert keys("IO C 212E, 5.8.2010, p. 37–46") == ["OJ:C:2010:212E:37"]


def test_texts_adopted_footnote() -> None:
    assert keys("(1) Téacsanna atá glactha, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_negative_national_law_and_dates() -> None:
    assert keys("faoi Airteagal 405 de Chód Coiriúil na Casacstáine, an 17 Feabhra 2022") == []
