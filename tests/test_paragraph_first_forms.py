"""Paragraph-first and flattened pins: a comma between a paragraph named first and the
"of" of its article (pt "do n.º 3, do artigo 12.º"), a paragraph number closed by a
bracket after its paragraph word (ro "art. 7 alin. 2) din"), and pt "n.º" flattened to
"no" by a conversion ("artigo 9o, no 4")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Em aplicação do n.º 3, do artigo 12.º, da Diretiva 2008/98/CE, os Estados-Membros"),
        ("es", "De conformidad con el apartado 3, del artículo 12 de la Directiva 2008/98/CE, los"),
        ("fr", "Conformément au paragraphe 3, de l'article 12 de la directive 2008/98/CE, les"),
        ("en", "In accordance with paragraph 3, of Article 12 of Directive 2008/98/EC, Member"),
        ("ro", "Potrivit alineatului (3), al articolului 12 din Directiva 2008/98/CE, statele"),
    ],
)
def test_a_comma_before_the_of_of_a_paragraph_named_first(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32008L0098:12(3)"]


def test_a_comma_before_an_article_anaphor_is_no_preface() -> None:
    keys = _keys("Nos termos do n.º 3, do referido artigo, a Diretiva 2008/98/CE aplica-se.", "pt")
    assert "CELEX:32008L0098:12(3)" not in keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "Conform art. 7 alin. 2) din Directiva 2008/98/CE, statele membre"),
        ("pl", "Zgodnie z art. 7 ust. 2) dyrektywy 2008/98/WE państwa członkowskie"),
        ("cs", "Podle čl. 7 odst. 2) směrnice 2008/98/ES členské státy"),
    ],
)
def test_a_paragraph_number_closed_by_a_bracket(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32008L0098:7(2)"]


def test_a_point_after_a_bracketed_paragraph_number() -> None:
    text = "Conform art. 7 alin. 2) lit. b) din Directiva 2008/98/CE, statele membre"
    assert _keys(text, "ro") == ["CELEX:32008L0098:7(2)(b)"]


def test_the_bracket_of_a_parenthesis_stays_outside() -> None:
    text = "Directiva 2008/98/CE (art. 7 alin. 2) se aplică statelor membre."
    cites = citeresolve.extract(text, lang="ro")
    pinned = [c for c in cites if c.key == "CELEX:32008L0098:7(2)"]
    assert len(pinned) == 1 and text[pinned[0].start : pinned[0].end] == "art. 7 alin. 2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nos termos do artigo 9o, no 4, da Diretiva 2008/98/CE, os Estados", ["9(4)"]),
        ("Nos termos do artigo 9o, nos 4 e 5, da Diretiva 2008/98/CE, os", ["9(4)", "9(5)"]),
        ("Nos termos do artigo 9.º, no 4, da Diretiva 2008/98/CE, os Estados", ["9(4)"]),
    ],
)
def test_a_flattened_paragraph_word_pt(text: str, expected: list[str]) -> None:
    assert _keys(text, "pt") == [f"CELEX:32008L0098:{pin}" for pin in expected]


def test_no_as_a_preposition_stays_a_word() -> None:
    text = "Os artigos 9.º e 10.º, no âmbito da Diretiva 2008/98/CE, no 2.º semestre."
    assert _keys(text, "pt") == ["CELEX:32008L0098:9", "CELEX:32008L0098:10"]
