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
