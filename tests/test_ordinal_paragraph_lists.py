"""Unnumbered paragraphs cited as a list of ordinals give one citation each, written
as paragraphs (contract: "the third paragraph of Article 175" is `TFEU:175(3)`):
before their article ("the second and third paragraphs of Article 174", ro "al doilea
și al treilea paragraf de la articolul 174") and after it, with the paragraph word
first (pl "art. 174 akapity drugi i trzeci"). Ordinals after a numbered paragraph are
its subparagraphs and stay dropped, also as a list."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Under the second and third paragraphs of Article 174 TFEU the fund shall help."),
        ("fr", "Selon les deuxième et troisième alinéas de l'article 174 TFUE, le fonds aide."),
        ("ro", "În temeiul celui de al doilea și al treilea paragraf de la articolul 174 din TFUE"),
        ("it", "Ai sensi del secondo e del terzo comma dell'articolo 174 TFUE, il fondo aiuta."),
        ("pl", "Zgodnie z art. 174 akapity drugi i trzeci TFUE fundusz pomaga regionom."),
        ("pt", "Nos termos dos segundo e terceiro parágrafos do artigo 174.º do TFUE, o fundo."),
        ("cs", "Podle druhého a třetího pododstavce článku 174 SFEU fond přispívá."),
    ],
)
def test_a_list_of_ordinal_paragraphs_gives_one_citation_each(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:174(2)", "TFEU:174(3)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # in a list, after another article
        (
            "es",
            "Véanse el artículo 4 y los párrafos segundo y tercero del artículo 174 del TFUE.",
            ["TFEU:4", "TFEU:174(2)", "TFEU:174(3)"],
        ),
        (
            "en",
            "See Article 4 and the first and fourth paragraphs of Article 175 TFEU.",
            ["TFEU:4", "TFEU:175(1)", "TFEU:175(4)"],
        ),
        # a single ordinal, as before
        ("en", "the third paragraph of Article 175 TFEU", ["TFEU:175(3)"]),
        ("pl", "art. 177 akapit drugi TFUE", ["TFEU:177(2)"]),
    ],
)
def test_ordinal_paragraphs_in_a_list_of_articles(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # after a numbered paragraph the ordinals are subparagraphs: dropped, and the
        # act after them still owns the article
        (
            "pl",
            "art. 10 ust. 7 akapit pierwszy i drugi rozporządzenia (UE) 2017/2402",
            ["CELEX:32017R2402:10(7)"],
        ),
        (
            "en",
            "the first and second subparagraphs of Article 4(1) of Regulation (EU) 2016/679",
            ["CELEX:32016R0679:4(1)"],
        ),
        (
            "it",
            "l'articolo 5, paragrafo 2, primo e secondo comma, del regolamento (UE) 2016/679",
            ["CELEX:32016R0679:5(2)"],
        ),
    ],
)
def test_ordinals_after_a_numbered_paragraph_stay_subparagraphs(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hr", "uzimajući u obzir Ugovor, a posebno njegov članak 175. stavak treći UFEU-a"),
        ("cs", "s ohledem na článek 175 odstavec třetí SFEU"),
        ("sk", "so zreteľom na článok 175 odsek tretí ZFEÚ"),
    ],
)
def test_a_paragraph_word_before_its_ordinal(lang: str, text: str) -> None:
    assert keys(text, lang) == ["TFEU:175(3)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part counted by position above a numbered paragraph is dropped
        (
            "ņemot vērā Eiropas Kopienas dibināšanas līgumu un jo īpaši tā 63. panta pirmās "
            "daļas 3. punkta a) apakšpunktu un 4. punktu,",
            ["TEC", "TEC:63(3)(a)", "TEC:63(4)"],
        ),
        # alone it is the paragraph, as before
        ("LESD 174. panta pirmā daļa un 175. panta 3. punkts", ["TFEU:174(1)", "TFEU:175(3)"]),
    ],
)
def test_a_part_by_position_above_a_numbered_paragraph(text: str, expected: list[str]) -> None:
    assert keys(text, "lv") == expected
