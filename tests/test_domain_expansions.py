"""A domain's expansion in brackets between it and the act number (fr "décision PESC
(Politique Etrangère et de Sécurité Commune) 2015/1333") leaves the number its domain
and act word, in every language whose expansion spells the abbreviation; any other
remark in brackets there stays a gap no number is read through."""

from __future__ import annotations

import pytest

import citeresolve
from citeresolve.text.domain_expansions import blank_domain_expansions


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Ces mesures sont explicitées par le règlement UE 2016/44 et la décision PESC "
            "(Politique Etrangère et de Sécurité Commune) 2015/1333 qui ont fait l'objet",
            [
                ("CELEX:32016R0044", "règlement UE 2016/44"),
                (
                    "CELEX:32015D1333",
                    "décision PESC (Politique Etrangère et de Sécurité Commune) 2015/1333",
                ),
            ],
        ),
        (
            "en",
            "the measures of Decision CFSP (Common Foreign and Security Policy) 2015/1333 apply",
            [
                (
                    "CELEX:32015D1333",
                    "Decision CFSP (Common Foreign and Security Policy) 2015/1333",
                )
            ],
        ),
        (
            "es",
            "la Decisión PESC (Política Exterior y de Seguridad Común) 2015/1333 del Consejo",
            [
                (
                    "CELEX:32015D1333",
                    "Decisión PESC (Política Exterior y de Seguridad Común) 2015/1333",
                )
            ],
        ),
        (
            "it",
            "la decisione PESC (Politica estera e di sicurezza comune) 2015/1333 del Consiglio",
            [
                (
                    "CELEX:32015D1333",
                    "decisione PESC (Politica estera e di sicurezza comune) 2015/1333",
                )
            ],
        ),
    ],
)
def test_a_bracketed_expansion_of_the_domain_is_read_through(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a remark that spells no domain
        "la décision PESC (voir ci-dessus le texte) 2015/1333",
        # initials of another abbreviation
        "la décision PESC (Politique Agricole Commune) 2015/1333",
        # an expansion with no number after it
        "la PESC (Politique Etrangère et de Sécurité Commune) de l'Union",
        # capitals that are no domain
        "the ABCD (Always Be Careful Driving) 2015/1333",
    ],
)
def test_other_brackets_stay_in_the_view(text: str) -> None:
    assert blank_domain_expansions(text) == text


def test_the_expansion_is_read_as_spaces() -> None:
    text = "Decision CFSP (Common Foreign and Security Policy) 2015/1333"
    view = blank_domain_expansions(text)
    assert len(view) == len(text)
    assert view.split() == ["Decision", "CFSP", "2015/1333"]
