"""Abbreviations of unit and act words: ga and mt "para." (paragraph, as en), it "Dec."
and fr "Déc." (decision, as es and pt read "Dec." already), and pt's slash that joins a
paragraph (and point) to the article's mark: "artigo 82.º/2 do RGPD" is Article 82(2),
"6.º/1/f" 6(1)(f) (slash_paragraph). Nothing was found for any of them."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


GDPR = "CELEX:32016R0679"
ASF = "CELEX:32023D0985"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "Catagóirí speisialta sonraí (Airt. 9 para. 1 GDPR): níl aon cheann.",
            [f"{GDPR}:9(1)"],
        ),
        ("ga", "Faoi Airt. 6 para. 1 den Rialachán (AE) 2016/679.", [f"{GDPR}:6(1)"]),
        ("mt", "L-ipproċessar huwa permess skont l-Art. 9 para. 2 GDPR.", [f"{GDPR}:9(2)"]),
        ("en", "Processing is allowed under Art. 9 para. 2 GDPR.", [f"{GDPR}:9(2)"]),
        (
            "it",
            "Notizie\nDec. di esecuzione (UE) 2023/985 della Commissione: misure di emergenza.",
            [ASF],
        ),
        ("it", "Si veda la Dec. 2011/278/UE della Commissione.", ["CELEX:32011D0278"]),
        ("fr", "Déc. d’exécution (UE) 2023/985 de la Commission.", [ASF]),
        ("es", "Dec. de Ejecución (UE) 2023/985 de la Comisión.", [ASF]),
        ("pt", "Dec. de Execução (UE) 2023/985 da Comissão.", [ASF]),
        (
            "pt",
            "Não é possível recorrer à responsabilidade prevista no artigo 82.º/2 do RGPD.",
            [f"{GDPR}:82(2)"],
        ),
        ("pt", "O tratamento é lícito nos termos do artigo 6.º/1/f do RGPD.", [f"{GDPR}:6(1)(f)"]),
        (
            "pt",
            "Nos termos do artigo 5.º/1/a) do RGPD, os dados são tratados.",
            [f"{GDPR}:5(1)(a)"],
        ),
        ("pt", "o artigo 9.º/2, alínea a), do RGPD", [f"{GDPR}:9(2)(a)"]),
    ],
)
def test_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # national decrees and decisions abbreviated the same way: nothing
        ("it", "ai sensi del dec. n. 123/2020 del Ministero", []),
        ("it", "con dec. 12 marzo 2021, n. 45", []),
        ("fr", "Cons. const., déc. n° 2019-823 QPC du 31 janvier 2020", []),
        # a slash after a plain number is an act's number; national law is no EU act
        ("pt", "o artigo 4.º/3 da Lei n.º 58/2019", []),
        ("pt", "o artigo 82.º/2016 do RGPD", []),
        ("pt", "o artigo 5.º do Regulamento (UE) 2016/679", [f"{GDPR}:5"]),
    ],
)
def test_abbreviation_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
