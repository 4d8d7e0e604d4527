"""The single, unnumbered annex of an act (contract: "the Annex to Decision …" is
``annex-1``): pt after a preposition joined to its article ("do anexo do Regulamento",
"no anexo"), not the participle "annexed"; lt after the act in the genitive ("Reglamento
(ES) 2023/138 priedas", "priedą"), as lv and fi write it."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Os conjuntos de dados constam do anexo do Regulamento de Execução (UE) 2023/138 "
            "da Comissão.",
            ["CELEX:32023R0138:annex-1"],
        ),
        ("pt", "As regras figuram no anexo da Diretiva 2014/24/UE.", ["CELEX:32014L0024:annex-1"]),
        (
            "lt",
            "Duomenų rinkiniai išvardyti Reglamento (ES) 2023/138 priedo lentelėje.",
            ["CELEX:32023R0138:annex-1"],
        ),
        (
            "lt",
            "Reglamento (ES) 2023/138 priedas iš dalies keičiamas.",
            ["CELEX:32023R0138:annex-1"],
        ),
        (
            "lv",
            "Datu kopas ir uzskaitītas Regulas (ES) 2023/138 pielikumā.",
            ["CELEX:32023R0138:annex-1"],
        ),
        # a numbered annex keeps its number; the participle names the act it is annexed to
        (
            "lt",
            "Duomenys nurodyti Reglamento (ES) 2023/138 I priede.",
            ["CELEX:32023R0138:annex-I"],
        ),
        (
            "pt",
            "Os dados constam do anexo II do Regulamento (UE) 2016/679.",
            ["CELEX:32016R0679:annex-II"],
        ),
        ("pt", "Ver o Protocolo n.º 2 anexo ao Tratado da União Europeia.", ["PROTOCOL-2", "TEU"]),
    ],
)
def test_single_annex(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
