"""Italian language file: real sentences from EP resolutions, EU acts and judgments."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="it")]


def test_treaty_article_list():
    text = ("A.  considerando che gli articoli 2 e 21 del trattato sull'Unione europea (TUE) "
            "sanciscono la solidarietà; che l'articolo 3 TUE afferma")
    assert keys(text) == ["TEU:2", "TEU:21", "TEU:3"]


def test_rules_of_procedure():
    assert keys("–  visto l'articolo 132, paragrafi 2 e 4, del suo regolamento,") == [
        "EP-RULES:132(2)", "EP-RULES:132(4)"]
    # B-document header: "del regolamento" with no regulation cited before is the EP Rules.
    assert keys("presentata a norma dell'articolo 123, paragrafi 2 e 4, del regolamento") == [
        "EP-RULES:123(2)", "EP-RULES:123(4)"]


def test_regulation_articles_in_conjunction():
    text = ("visto il regolamento (CE) n. 1234/2007 del Consiglio, del 22 ottobre 2007, (1), in "
            "particolare gli articoli 192, paragrafo 2, e 195, paragrafo 2, in combinato disposto "
            "con l'articolo 4,")
    assert keys(text) == ["CELEX:32007R1234", "CELEX:32007R1234:192(2)", "CELEX:32007R1234:195(2)",
                          "CELEX:32007R1234:4"]


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
