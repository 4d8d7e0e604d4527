"""Portuguese: real sentences from EP texts adopted and EUR-Lex (corpus and europarl pages)."""

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="pt")]


def test_treaty_article_list_with_ordinal_marks() -> None:
    text = (
        "Tendo em conta o artigo 2.º, o artigo 3.º, n.º 5, os artigos 21.º, 24.º, 29.º e 31.º "
        "do Tratado da União Europeia (TUE), e os artigos 10.º e 215.º do Tratado sobre o "
        "Funcionamento da União Europeia (TFUE),"
    )
    assert keys(text) == [
        "TEU:2",
        "TEU:3(5)",
        "TEU:21",
        "TEU:24",
        "TEU:29",
        "TEU:31",
        "TFEU:10",
        "TFEU:215",
    ]


def test_paragraph_and_eurlex_o_marks() -> None:
    assert keys(
        "– Tendo em conta o artigo 294.º, n.º 7, do Tratado sobre o Funcionamento "
        "da União Europeia,"
    ) == ["TFEU:294(7)"]
    text = (
        "Tendo em conta o Regulamento (UE) 2018/1725 do Parlamento Europeu e do Conselho, "
        "de 23 de outubro de 2018, nomeadamente o artigo 25.o, n.o 1,"
    )
    assert keys(text) == ["CELEX:32018R1725", "CELEX:32018R1725:25(1)"]


def test_old_style_paragraph_before_article() -> None:
    assert keys("- Tendo em conta o n.º 2 do artigo 6.° do Tratado da União Europeia,") == [
        "TEU:6(2)"
    ]


def test_ep_rules() -> None:
    text = (
        "– Tendo em conta o acordo provisório aprovado pela comissão competente, nos termos "
        "do artigo 74.º, n.º 4, do seu Regimento,\n– Tendo em conta o artigo 67.º do seu Regimento,"
    )
    assert keys(text) == ["EP-RULES:74(4)", "EP-RULES:67"]


def test_charter_and_instruments() -> None:
    text = (
        "Tendo em conta a Convenção das Nações Unidas sobre os Direitos da Criança (CDC), "
        "de 20 de novembro de 1989,\nTendo em conta o artigo 2.º e 24.º da Carta dos Direitos "
        "Fundamentais da União Europeia (a Carta),"
    )
    assert keys(text) == ["CRC", "CFR:2", "CFR:24"]


def test_oj_references() -> None:
    assert keys("(1) JO L 222 de 20.8.2008, p. 1.") == ["OJ:L:2008:222:1"]
    assert keys("JO C 369 de 11.10.2018, p. 56–72") == ["OJ:C:2018:369:56"]
    assert keys("JO L, 2024/1245, 3.5.2024, ELI: http://data.europa.eu/eli/dec/2024/1245/oj") == [
        "OJ:L:2024/1245"
    ]


def test_texts_adopted_footnote() -> None:
    assert keys("(3) Textos aprovados, P9_TA(2021)0056.") == ["TA-9-2021-0056"]


def test_acts_with_numero() -> None:
    text = (
        "que revoga os Regulamentos (UE) n.º 912/2010, (UE) n.º 1285/2013 e (UE) n.º 377/2014 "
        "e a Decisão n.º 541/2014/UE"
    )
    assert keys(text) == [
        "CELEX:32010R0912",
        "CELEX:32013R1285",
        "CELEX:32014R0377",
        "CELEX:32014D0541",
    ]


def test_negative_national_law_and_dates() -> None:
    assert (
        keys("nos termos do artigo 405.º do Código Penal do Cazaquistão, de 3 de julho de 2014")
        == []
    )
    assert (
        keys("o projeto de orçamento retificativo n.º 1/2020, adotado em 27 de março de 2020") == []
    )


def test_paragraphs_before_their_article_in_a_list() -> None:
    # TA-7-2010-0184 (held-out audit): paragraph-first units after a first unit, and a plural
    text = (
        "–  Tendo em conta o n.º 2 do artigo 6.º do Tratado da União Europeia, o n.º 2 do "
        "artigo 216.º, os n.ºs 6, 8 e 10 do artigo 218.º do Tratado sobre o Funcionamento "
        "da União Europeia e o Protocolo relativo"
    )
    assert keys(text) == ["TEU:6(2)", "TFEU:216(2)", "TFEU:218(6)", "TFEU:218(8)", "TFEU:218(10)"]


def test_alias_in_parentheses_is_not_a_second_citation() -> None:
    # B-9-2019-0178 and TA-7-2010-0184 (held-out audit)
    text = (
        "Tendo em conta a Convenção Europeia para a Proteção dos Direitos do Homem e das "
        "Liberdades Fundamentais (Convenção Europeia de Proteção dos Direitos do Homem – ECHR),"
    )
    assert keys(text) == ["ECHR"]
    text = (
        "respeitante à adesão da União à Convenção Europeia para a Protecção dos Direitos do "
        "Homem e das Liberdades Fundamentais (a seguir, CEDH),"
    )
    assert keys(text) == ["ECHR"]


def test_un_charter_is_not_the_eu_charter() -> None:
    assert keys("Tendo em conta a Carta das Nações Unidas, nomeadamente o seu artigo 51.º,") == []


def test_pdf_transcription_spaced_o_marks() -> None:
    # REG-2014-250_PT (docplayer transcription of OJ L 84/6): "N. o", "325. o"
    text = (
        "1 L 84/6 Jornal Oficial da União Europeia REGULAMENTO (UE) N. o 250/2014 DO PARLAMENTO "
        "EUROPEU E DO CONSELHO de 26 de fevereiro de 2014 que cria um programa para a promoção de "
        "ações no domínio da proteção dos interesses financeiros da União Europeia (programa Hercule "
        "III) e revoga a Decisão n. o 804/2004/CE O PARLAMENTO EUROPEU E O CONSELHO DA UNIÃO "
        "EUROPEIA, Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o "
        "artigo 325. o, Tendo em conta a proposta da Comissão Europeia,"
    )
    assert keys(text) == ["CELEX:32014R0250", "CELEX:32004D0804", "TFEU", "TFEU:325"]
    assert keys(
        "Tendo em conta o Tratado sobre o Funcionamento da União Europeia, nomeadamente o "
        "artigo 43. o, n. o 2, e o artigo 114. o, n. o 1,"
    ) == ["TFEU", "TFEU:43(2)", "TFEU:114(1)"]
