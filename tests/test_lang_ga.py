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


def test_second_audit_keyword_chain_does_not_reach_far_back() -> None:
    # CJEU C-118/22 (Nordic Info), EUR-Lex summary: Articles 23 and 25 are of the Schengen
    # Borders Code, named only by name several segments after Directive 2004/38.
    text = (
        "(Tarchur chun réamhrialú – Treoir 2004/38/CE – Airteagail 27 agus 29 – Bearta lena "
        "gcuirtear srian ar shaorghluaiseacht shaoránaigh an Aontais ar fhorais na sláinte poiblí "
        "– Bearta a bhfuil raon feidhme ginearálta acu – Reachtaíocht náisiúnta lena bhforáiltear "
        "do chosc ar imeacht ón gcríoch náisiúnta chun dul ar thurais neamhriachtanacha go Ballstáit "
        "a aicmítear mar limistéir ardriosca i gcomhthéacs phaindéim COVID-19 agus don oibleagáid "
        "atá ar gach taistealaí a thagann isteach sa chríoch náisiúnta ó cheann de na Ballstáit sin "
        "tástálacha a dhéanamh agus dul ar coraintín – Cód Teorainneacha Schengen – Airteagal 23 – "
        "Feidhmiú cumhachtaí póilíneachta i ndáil leis an tsláinte phoiblí – Airteagal 25)"
    )
    assert keys(text) == ["CELEX:32004L0038", "CELEX:32004L0038:27", "CELEX:32004L0038:29"]


def test_in_conjunction_with_links_list_items() -> None:
    # Council Decision (EU) 2023/2754 (EUR-Lex, GA): "i gcomhar le" joins two articles
    text = (
        "Ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, agus go háirithe "
        "Airteagal 192(1), i gcomhar le hAirteagal 218(9) de,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="ga")] == [
        "TFEU",
        "TFEU:192(1)",
        "TFEU:218(9)",
    ]
