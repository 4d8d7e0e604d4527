"""Pins in judgment summaries' keyword lines and bracketed reference lines: a dash
between keyword segments ends a list of paragraphs (cs "odst. 1 – Článek 32" is no
range); a lettered point of a numbered point before their article keeps both ("point
(a) of point 3 of Article 63"); Regulation No 17 (1962), numbered without a year, where
the text names Regulation No 1/2003 beside it; an article after "and" and a repeated
preposition in a visa, the paragraph after it beginning with an "of" word."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "cs",
            "Soudní příslušnost – Nařízení (EU) č. 1215/2012 – Článek 7 odst. 1 – Článek 25 "
            "odst. 1 písm. a) – Dohoda o příslušnosti",
        ),
        (
            "sk",
            "Súdna príslušnosť – Nariadenie (EÚ) č. 1215/2012 – Článok 7 ods. 1 – Článok 25 "
            "ods. 1 písm. a) – Dohoda o voľbe súdu",
        ),
        (
            "de",
            "Gerichtliche Zuständigkeit - Verordnung (EU) Nr. 1215/2012 - Art. 7 Abs. 1 - "
            "Art. 25 Abs. 1 Buchst. a - Gerichtsstandsvereinbarung",
        ),
    ],
)
def test_a_keyword_dash_after_a_paragraph_is_no_range(lang: str, text: str) -> None:
    assert keys(text, lang) == [
        "CELEX:32012R1215",
        "CELEX:32012R1215:7(1)",
        "CELEX:32012R1215:25(1)(a)",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and in "
            "particular point (b) of point 1 of Article 62 thereof,",
        ),
        (
            "es",
            "Visto el Tratado constitutivo de la Comunidad Europea y, en particular, la letra "
            "b) del punto 1 de su artículo 62,",
        ),
        (
            "pt",
            "Tendo em conta o Tratado que institui a Comunidade Europeia e, nomeadamente, a "
            "alínea b) do ponto 1 do seu artigo 62.º,",
        ),
    ],
)
def test_a_point_of_a_numbered_point_before_its_article(lang: str, text: str) -> None:
    assert keys(text, lang)[-1] == "TEC:62(1)(b)"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "(Art. 81 EC; Council Regulations No 17, Art. 15(2), and No 1/2003, Art. 23(2))",
            ["CELEX:31962R0017", "CELEX:31962R0017:15(2)"],
        ),
        (
            "lt",
            "(Tarybos reglamento Nr. 1/2003 23 straipsnio 2 dalis)\n\n9. Konkurencija – Baudos"
            "\n\n(Tarybos reglamento Nr. 17 15 straipsnis)",
            ["CELEX:32003R0001:23(2)", "CELEX:31962R0017:15"],
        ),
        (
            "de",
            "(Art. 81 EG; Verordnungen Nr. 17 des Rates, Art. 15 Abs. 2, und Nr. 1/2003, "
            "Art. 23 Abs. 2)",
            ["CELEX:31962R0017", "CELEX:31962R0017:15(2)"],
        ),
    ],
)
def test_regulation_no_17_beside_regulation_1_2003(
    lang: str, text: str, expected: list[str]
) -> None:
    found = keys(text, lang)
    assert all(key in found for key in expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The seats comply with UNECE Regulation No 17 on the strength of seats."),
        ("de", "Die Sitze entsprechen der UN-Regelung Nr. 17 über Sitze."),
    ],
)
def test_another_regulation_no_17_is_none(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "gestützt auf die Verordnung (EU) 2016/429, insbesondere auf Artikel 5 Absatz 2 "
            "und auf Artikel 9,\n\nin Erwägung nachstehender Gründe:",
            ["CELEX:32016R0429", "CELEX:32016R0429:5(2)", "CELEX:32016R0429:9"],
        ),
        (
            "nl",
            "Gelet op Verordening (EU) 2016/429, en met name artikel 5, lid 2, en op artikel 9,"
            "\n\nOverwegende hetgeen volgt:",
            ["CELEX:32016R0429", "CELEX:32016R0429:5(2)", "CELEX:32016R0429:9"],
        ),
        (
            "en",
            "Having regard to Regulation (EU) 2016/429, and in particular Article 5(2) and "
            "Article 9,\n\nin the light of the opinion",
            ["CELEX:32016R0429", "CELEX:32016R0429:5(2)", "CELEX:32016R0429:9"],
        ),
    ],
)
def test_a_visa_article_before_a_paragraph_break(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ņemot vērā Līgumu par Eiropas Savienības darbību un jo īpaši tā 81. panta c) punktu,",
            ["TFEU", "TFEU:81(c)"],
        ),
        (
            "saskaņā ar Līguma par Eiropas Savienības darbību 81. panta 2. punkta c) punktu",
            ["TFEU:81(2)(c)"],
        ),
    ],
)
def test_number_first_a_letter_before_a_paragraph_word_is_a_point(
    text: str, expected: list[str]
) -> None:
    # lv "punkts" numbers paragraphs and, after a letter, points (letters number no paragraph)
    assert keys(text, "lv") == expected
