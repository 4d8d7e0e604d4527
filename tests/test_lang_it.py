"""Italian language file: real sentences from EP resolutions, EU acts and judgments."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="it")]


def test_treaty_article_list():
    text = (
        "A.  considerando che gli articoli 2 e 21 del trattato sull'Unione europea (TUE) "
        "sanciscono la solidarietà; che l'articolo 3 TUE afferma"
    )
    assert keys(text) == ["TEU:2", "TEU:21", "TEU:3"]


def test_rules_of_procedure():
    assert keys("–  visto l'articolo 132, paragrafi 2 e 4, del suo regolamento,") == [
        "EP-RULES:132(2)",
        "EP-RULES:132(4)",
    ]
    # B-document header: "del regolamento" with no regulation cited before is the EP Rules.
    assert keys("presentata a norma dell'articolo 123, paragrafi 2 e 4, del regolamento") == [
        "EP-RULES:123(2)",
        "EP-RULES:123(4)",
    ]


def test_regulation_articles_in_conjunction():
    text = (
        "visto il regolamento (CE) n. 1234/2007 del Consiglio, del 22 ottobre 2007, (1), in "
        "particolare gli articoli 192, paragrafo 2, e 195, paragrafo 2, in combinato disposto "
        "con l'articolo 4,"
    )
    assert keys(text) == [
        "CELEX:32007R1234",
        "CELEX:32007R1234:192(2)",
        "CELEX:32007R1234:195(2)",
        "CELEX:32007R1234:4",
    ]


def test_pre_lisbon_treaty():
    text = "a norma dell'art. 177 del Trattato CE (divenuto art. 234 CE), dalla High Court"
    assert keys(text) == ["TEC:177", "TEC:234"]


def test_oj_footnote():
    assert keys("(1) GU L 222 del 20.8.2008, pag. 1.") == ["OJ:L:2008:222:1"]
    assert keys("GU L 340 del 19.12.2008, p. 45–56") == ["OJ:L:2008:340:45"]


def test_texts_adopted_footnote():
    assert keys("(2) Testi approvati, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_negative_national_law_and_dates():
    assert keys("dall'art. 15, c. 2, l. n. 400/88 che prevede una serie di divieti") == []
    assert keys("il 15 gennaio 2020 il Parlamento ha approvato una risoluzione") == []


def _keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="it")]


def test_subparagraph_of_numbered_paragraph_and_unnumbered_paragraph_list() -> None:
    # TA-8-2016-0278 (held-out audit): "secondo comma" of paragraph 2 is dropped; Article 257
    # TFEU has unnumbered paragraphs, so "primo e secondo comma" are paragraphs 1 and 2.
    text = (
        "– visti l'articolo 19, paragrafo 2, secondo comma, del trattato sull'Unione europea, "
        "l'articolo 256, paragrafo 1, l'articolo 257, primo e secondo comma, e l'articolo 281, "
        "secondo comma, del trattato sul funzionamento dell'Unione europea, nonché l'articolo "
        "106 bis, paragrafo 1, del trattato che istituisce la Comunità europea dell'energia "
        "atomica,"
    )
    assert _keys(text) == [
        "TEU:19(2)",
        "TFEU:256(1)",
        "TFEU:257(1)",
        "TFEU:257(2)",
        "TFEU:281(2)",
        "EAEC:106a(1)",
    ]


def test_un_charter_is_not_the_eu_charter() -> None:
    assert _keys("– vista la Carta delle Nazioni Unite, in particolare l'articolo 51,") == []


def test_abbreviated_directive() -> None:
    # Judgment C-210/18 (docplayer headnote): "all. II, p. 1, lett. c), della dir. 2012/34"
    text = (
        "di cui all'all. II, p. 1, lett. c), della dir. 2012/34. L allegato II della direttiva "
        "2012/34/UE del Parlamento europeo e del Consiglio"
    )
    # contract version 2: an annex is a pin of its act. Known limit: in the headnote form
    # "all. II, p. 1, lett. c), della dir." the point "p. 1" (p. is also "page") ends the
    # annex reference before its act, so only the act is found there.
    assert [c.key for c in citeresolve.extract(text, lang="it")] == [
        "CELEX:32012L0034",
        "CELEX:32012L0034:annex-II",
    ]
