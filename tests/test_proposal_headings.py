"""An EP amendment's heading names the proposal it amends ("Proposition de directive"
over "Article 3 – paragraphe 1 – point b"; ``proposals`` of data/context_words.toml):
the article under it is the proposal's own, not the last act of that kind cited before
nor the EP Rules of Procedure."""

from __future__ import annotations

import pytest

import citeresolve

# (language, an act cited before, the amendment's heading lines, the proposal's article)
HEADINGS = [
    (
        "fr",
        "la directive 2005/29/CE",
        "Amendement 7\nProposition de directive",
        "Article 4 – paragraphe 2 – point a",
    ),
    (
        "fr",
        "le règlement (UE) 2019/1020",
        "Amendement 8\nProposition de règlement",
        "Article 6 – paragraphe 1",
    ),
    (
        "it",
        "la direttiva 2005/29/CE",
        "Emendamento 7\nProposta di direttiva",
        "Articolo 4 – paragrafo 2 – lettera a",
    ),
    (
        "it",
        "il regolamento (UE) 2019/1020",
        "Emendamento 8\nProposta di regolamento",
        "Articolo 6 – paragrafo 1",
    ),
    (
        "es",
        "la Directiva 2005/29/CE",
        "Enmienda 7\nPropuesta de Directiva",
        "Artículo 4 – apartado 2 – letra a",
    ),
    (
        "pl",
        "dyrektywa 2005/29/WE",
        "Poprawka 7\nWniosek dotyczący dyrektywy",
        "Artykuł 4 – ustęp 2 – litera a",
    ),
    (
        "cs",
        "směrnice 2005/29/ES",
        "Pozměňovací návrh 7\nNávrh směrnice",
        "Čl. 4 – odst. 2 – písm. a",
    ),
    (
        "sk",
        "smernica 2005/29/ES",
        "Pozmeňujúci návrh 7\nNávrh smernice",
        "Článok 4 – odsek 2 – písmeno a",
    ),
    (
        "ro",
        "Directiva 2005/29/CE",
        "Amendamentul 7\nPropunere de directivă",
        "Articolul 4 – alineatul 2 – litera a",
    ),
]


@pytest.mark.parametrize(("lang", "act", "heading", "article"), HEADINGS)
def test_the_heading_article_is_the_proposals(
    lang: str, act: str, heading: str, article: str
) -> None:
    text = f"Justification: {act}.\n\n{heading}\n{article}\n\nTexte"
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert len(keys) == 1 and ":" not in keys[0].removeprefix("CELEX:"), keys


def test_no_rules_without_an_act_before() -> None:
    text = (
        "Amendement 12\nProposition de règlement\nArticle 3 – paragraphe 1 – point b"
        "\n\nTexte proposé par la Commission"
    )
    assert citeresolve.extract(text, lang="fr") == []


_KEY = "CELEX:32005L0029:5"


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("fr", "Selon l'article 5 de la directive 2005/29/CE, la proposition de directive", _KEY),
        ("it", "La proposta di direttiva modifica l'articolo 5 della direttiva 2005/29/CE.", _KEY),
        ("pl", "Wniosek dotyczący dyrektywy zmienia art. 5 dyrektywy 2005/29/WE.", _KEY),
    ],
)
def test_the_acts_cited_by_number_stay(lang: str, text: str, key: str) -> None:
    assert key in [c.key for c in citeresolve.extract(text, lang=lang)]
