"""Spanish language file: real sentences from EP resolutions, EU acts and judgments."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="es")]


def test_treaty_article_list_and_ranges():
    text = (
        "Vistos los artículos 2, 6 y 9 a 12 del Tratado de la Unión Europea (TUE), los "
        "artículos 18 a 25 del TFUE"
    )
    assert keys(text) == ["TEU:2", "TEU:6", "TEU:9-12", "TFEU:18-25"]


def test_paragraph_and_point():
    text = (
        "–  Vistos el artículo 294, apartado 3, y los artículos 177, 178 y 322, apartado 1, "
        "letra a), del Tratado de Funcionamiento de la Unión Europea,"
    )
    assert keys(text) == ["TFEU:294(3)", "TFEU:177", "TFEU:178", "TFEU:322(1)(a)"]


def test_in_particular_its_article():
    text = (
        "Vista la Carta de los Derechos Fundamentales de la Unión Europea, y en particular su "
        "artículo 35,"
    )
    assert keys(text) == ["CFR", "CFR:35"]


def test_rules_of_procedure():
    assert keys("–  Vistos los artículos 59 y 163 de su Reglamento interno,") == [
        "EP-RULES:59",
        "EP-RULES:163",
    ]
    assert keys(
        "presentada de conformidad con el artículo 132, apartado 2, del Reglamento interno"
    ) == ["EP-RULES:132(2)"]


def test_article_of_a_regulation():
    text = "de conformidad con el artículo 17 del Reglamento (UE) 2024/1143 del Parlamento Europeo"
    assert keys(text) == ["CELEX:32024R1143:17"]


def test_oj_footnote():
    assert keys("(1) DO L 222 de 20.8.2008, p. 1.") == ["OJ:L:2008:222:1"]
    assert keys("DO C 369 de 11.10.2018, p. 11–21") == ["OJ:C:2018:369:11"]


def test_texts_adopted_footnote():
    assert keys("(1) Textos Aprobados, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_negative_national_law_and_dates():
    assert (
        keys("De conformidad con el artículo 163 del Reglamento de las Cortes de Castilla y León")
        == []
    )
    assert keys("Visto el dictamen del Tribunal de Cuentas de 14 de abril de 2020") == []


def test_un_charter_is_not_the_eu_charter() -> None:
    # held-out audit: "la Carta" is the EU Charter only when nothing else follows it
    text = (
        "— Vista la Carta de las Naciones Unidas, y en particular lo dispuesto en su "
        "capítulo VII y su artículo 51,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="es")] == []


def test_pdf_transcript_possessive_after_visa() -> None:
    # pdfslide transcript of Implementing Regulation (EU) No 644/2012: one line, "en parti
    # cular" broken; "su artículo" belongs to the directive of the visa, not the title act.
    text = (
        "REGLAMENTO DE EJECUCIÓN (UE) N o 644/2012 DE LA COMISIÓN de 16 de julio de 2012 que "
        "modifica, en lo referente a Rusia, el Reglamento (UE) n o 206/2010, por el que se "
        "establecen listas de terceros países (Texto pertinente a efectos del EEE) LA COMISIÓN "
        "EUROPEA, Visto el Tratado de Funcionamiento de la Unión Europea, Vista la Directiva "
        "2004/68/CE del Consejo, de 26 de abril de 2004, por la que se establecen normas "
        "zoosanitarias, se modifican las Directivas 90/426/CEE y 92/65/CEE y se deroga la "
        "Directiva 72/462/CEE ( 1 ), y, en parti cular, su artículo 3, apartado 1, párrafos "
        "primero y segundo, su artículo 6, apartado 1, párrafo primero, su artículo 7, letra e), "
        "su artículo 8, letra d), y su artículo 13, apartado 1, Considerando lo siguiente:"
    )
    assert [c.key for c in citeresolve.extract(text, lang="es")] == [
        "CELEX:32012R0644",
        "CELEX:32010R0206",
        "TFEU",
        "CELEX:32004L0068",
        "CELEX:31990L0426",
        "CELEX:31992L0065",
        "CELEX:31972L0462",
        "CELEX:32004L0068:3(1)",
        "CELEX:32004L0068:6(1)",
        "CELEX:32004L0068:7(e)",
        "CELEX:32004L0068:8(d)",
        "CELEX:32004L0068:13(1)",
    ]
