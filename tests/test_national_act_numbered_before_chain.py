"""A national act named with its number between an EU act and an article chain owns the
chain (es "La Directiva (UE) 2019/1937 se transpone por la Ley 2/2023, art. 3"; a
transposition table's "Directiva …, art. 4 → Ley 2/2023, art. 3"): the chain is neither
the EU act's item nor a repeat of the EU act's article cited just before."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "La Directiva (UE) 2019/1937 se transpone por la Ley 2/2023, art. 3.",
            ["CELEX:32019L1937"],
        ),
        (
            "es",
            "Directiva (UE) 2019/1937, art. 4 → Ley 2/2023, art. 3",
            ["CELEX:32019L1937", "CELEX:32019L1937:4"],
        ),
        # the same article number of the national act is no repeat of the directive's
        (
            "es",
            "El artículo 5 de la Directiva (UE) 2019/1937 se transpone en la Ley 2/2023, art. 5.",
            ["CELEX:32019L1937:5"],
        ),
        (
            "ro",
            "Directiva 2006/112/CE a fost transpusă prin Legea nr. 227/2015, art. 292",
            ["CELEX:32006L0112"],
        ),
        (
            "pt",
            "A Diretiva 2006/112/CE foi transposta pelo Decreto-Lei n.º 394-B/84, artigo 9.º",
            ["CELEX:32006L0112"],
        ),
        (
            "it",
            "La direttiva 2006/112/CE è recepita dal D.P.R. 26 ottobre 1972, n. 633, "
            "art. 10, primo comma.",
            ["CELEX:32006L0112"],
        ),
        (
            "sv",
            "Direktiv 2006/112/EG har genomförts genom lagen (2023:200), artikel 3.",
            ["CELEX:32006L0112"],
        ),
        (
            "el",
            "Η Οδηγία 2006/112/ΕΚ ενσωματώθηκε με τον ν. 2859/2000, άρθρο 22.",
            ["CELEX:32006L0112"],
        ),
        # with no national act between, the item's article is still the EU act's
        (
            "es",
            "Directiva (UE) 2019/1937, art. 4 → art. 3 de la Ley 2/2023",
            ["CELEX:32019L1937", "CELEX:32019L1937:4"],
        ),
        (
            "en",
            "the influence of Article 47 of the Charter, and Article 47 again",
            ["CFR:47", "CFR:47"],
        ),
    ],
)
def test_national_act_with_number_owns_the_chain(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
