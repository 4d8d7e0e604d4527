"""Popular names of acts in Romance languages, Greek and Swedish that the registry
lacked: the Prospectus Regulation (es "Reglamento de Folletos", pt "Regulamento dos
Prospetos", ro, el, sv "prospektförordningen"), the Market Abuse Regulation (ro, el), and
el "του Κανονισμού για …", which named the EP Rules when the name was unknown."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "el artículo 6 del Reglamento de Folletos", ["CELEX:32017R1129:6"]),
        ("pt", "nos termos do artigo 6.º do Regulamento dos Prospetos", ["CELEX:32017R1129:6"]),
        ("pt", "o artigo 16.º do Regulamento do Prospeto", ["CELEX:32017R1129:16"]),
        ("ro", "art. 6 din Regulamentul privind prospectul", ["CELEX:32017R1129:6"]),
        ("el", "το άρθρο 6 του Κανονισμού για το ενημερωτικό δελτίο", ["CELEX:32017R1129:6"]),
        ("sv", "enligt prospektförordningens artikel 6", ["CELEX:32017R1129:6"]),
        ("ro", "art. 17 din Regulamentul privind abuzul de piață", ["CELEX:32014R0596:17"]),
        ("el", "το άρθρο 17 του Κανονισμού για την κατάχρηση της αγοράς", ["CELEX:32014R0596:17"]),
        ("ro", "art. 5 din Directiva OPCVM", ["CELEX:32009L0065:5"]),
        ("el", "άρθρο 5 της Οδηγίας ΟΣΕΚΑ", ["CELEX:32009L0065:5"]),
        ("ro", "art. 5 din Directiva AFIA", ["CELEX:32011L0061:5"]),
        ("sv", "artikel 3 i utstationeringsdirektivet", ["CELEX:31996L0071:3"]),
        ("pt", "artigo 5.º da Diretiva NIS 2", ["CELEX:32022L2555:5"]),
        ("pt", "artigo 5.º da Diretiva Denunciantes", ["CELEX:32019L1937:5"]),
    ],
)
def test_names_of_practice(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
