"""German language file: real sentences from EP resolutions, EU acts and judgments."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="de")]


def test_treaty_article_list():
    text = "–  gestützt auf die Artikel 2, 3, 8, 21 und 23 des Vertrags über die Europäische Union (EUV),"
    assert keys(text) == ["TEU:2", "TEU:3", "TEU:8", "TEU:21", "TEU:23"]


def test_paragraph_and_point():
    text = (
        "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf "
        "Artikel 177, Artikel 178 und Artikel 322 Absatz 1 Buchstabe a,"
    )
    assert keys(text) == ["TFEU", "TFEU:177", "TFEU:178", "TFEU:322(1)(a)"]


def test_rules_of_procedure():
    text = "– gestützt auf Artikel 59 seiner Geschäftsordnung,"
    assert keys(text) == ["EP-RULES:59"]
    text = "gemäß Artikel 58 der Geschäftsordnung,"
    assert keys(text) == ["EP-RULES:58"]


def test_oj_footnote():
    assert keys("(1) ABl. L 222 vom 20.8.2008, S. 1.") == ["OJ:L:2008:222:1"]
    assert keys("ABl. C 247 E vom 31.8.1999, S. 28") == ["OJ:C:1999:247E:28"]


def test_texts_adopted_footnote():
    assert keys("(2) Angenommene Texte, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_international_instruments():
    text = "–  unter Hinweis auf die Allgemeine Erklärung der Menschenrechte (AEMR),"
    assert keys(text) == ["UDHR"]
    text = "unter Hinweis auf das Römische Statut des Internationalen Strafgerichtshofs (IStGH), insbesondere dessen Artikel 8bis"
    assert keys(text) == ["ROME-STATUTE", "ROME-STATUTE:8bis"]


def test_acts_and_pre_lisbon_treaty():
    text = "Klage erhoben gemäß Artikel 226 EG"
    assert keys(text) == ["TEC:226"]
    text = "zur Änderung der Durchführungsverordnung (EU) 2020/1999"
    assert keys(text) == ["CELEX:32020R1999"]


def test_range_with_bis():
    assert keys("gestützt auf die Artikel 6 bis 9 AEUV") == ["TFEU:6-9"]


def test_negative_national_law_and_dates():
    assert keys("gemäß Artikel 20 des Grundgesetzes vom 23. Mai 1949") == []
    assert keys("am 28. Juni 2016 vorgelegte Globale Strategie") == []


def test_subparagraph_number_inside_an_article_list() -> None:
    # TA-8-2015-0286 (held-out audit): "Unterabsatz 2" must not end the list
    text = (
        "–  unter Hinweis unter anderem auf Artikel 2, Artikel 3 Absatz 3 Unterabsatz 2 und "
        "die Artikel 6, 7 und 9 EUV,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="de")] == [
        "TEU:2",
        "TEU:3(3)",
        "TEU:6",
        "TEU:7",
        "TEU:9",
    ]


def test_kom_documents_and_vo_abbreviation() -> None:
    # EUR-Lex 52010IP0483 and gesetze.legal (held-out audit)
    text = (
        "in Kenntnis der Mitteilung der Kommission über die Strategie zur wirksamen Umsetzung "
        "der Charta der Grundrechte durch die Europäische Union (KOM(2010)0573),"
    )
    assert [c.key for c in citeresolve.extract(text, lang="de")] == ["CFR", "COM(2010)573"]
    assert [c.key for c in citeresolve.extract("Präambel ODR (VO (EU) 2013/524)", lang="de")] == [
        "CELEX:32013R0524"
    ]


def test_un_charter_is_not_the_eu_charter() -> None:
    text = "unter Hinweis auf die Charta der Vereinten Nationen, insbesondere Artikel 51,"
    assert [c.key for c in citeresolve.extract(text, lang="de")] == []


def test_pdf_transcript_visas_on_one_line() -> None:
    # docplayer transcript of Delegated Regulation (EU) No 1031/2014: title and visas run
    # together; "insbesondere auf ... in Verbindung mit Artikel 228" is of the act of its visa.
    text = (
        "1 L 284/ LEGIERTE VERORDNUNG (EU) Nr. 1031/2014 R KOMMISSION vom 29. September 2014 "
        "mit weiteren befristeten Sonderstützungsmaßnahmen für Erzeuger von bestimmtem Obst und "
        "Gemüse DIE EUROPÄISCHE KOMMISSION gestützt auf den Vertrag über die Arbeitsweise der "
        "Europäischen Union, gestützt auf die Verordnung (EU) Nr. 1308/2013 des Europäischen "
        "Parlaments und des Rates vom 17. Dezember 2013 über eine gemeinsame Marktorganisation "
        "für landwirtschaftliche Erzeugnisse und zur Aufhebung der Verordnungen (EWG) Nr. 922/72, "
        "(EWG) Nr. 234/79, (EG) Nr. 1037/2001 und (EG) Nr. 1234/2007 ( 1 ), insbesondere auf "
        "Artikel 219 Absatz 1 in Verbindung mit Artikel 228, in Erwägung nachstehender Gründe:"
    )
    assert [c.key for c in citeresolve.extract(text, lang="de")] == [
        "CELEX:32014R1031",
        "TFEU",
        "CELEX:32013R1308",
        "CELEX:31972R0922",
        "CELEX:31979R0234",
        "CELEX:32001R1037",
        "CELEX:32007R1234",
        "CELEX:32013R1308:219(1)",
        "CELEX:32013R1308:228",
    ]


def test_headnote_is_detected_as_german() -> None:
    # NWB headnote of C-319/96: "Artikel" is shared with da/nl/sv; "Richtlinie" decides.
    text = (
        "[1] 1 Artikel 3 Absatz 1 und 4 Nummer 1 der Zweiten Richtlinie 79/32 über die anderen "
        "Verbrauchsteuern auf Tabakwaren als die Umsatzsteuer in ihrer im Mai 1990 geltenden "
        "Fassung sind dahin auszulegen, daß mit poröser Zellulose umhüllte Tabakrollen als "
        "Rauchtabak gemäß Artikel 4 Nummer 1 dieser Richtlinie anzusehen sind."
    )
    assert citeresolve.detect_language(text) == "de"
