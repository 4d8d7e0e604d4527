"""Official Journal references whose date a conversion lost ("EYVL L 208, , s. 10"),
after an act cited with its number and set off by a comma or semicolon rather than a
bracket: the year is the act's (contract: OJ details). With no act before it in the
same paragraph, a lost date leaves the reference without a year, so unkeyed."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "neuvoston direktiivi 2002/59/EY (32002L0059); EYVL L 208, , s. 10, sellaisena "
            "kuin se on muutettuna",
            [("OJ:L:2002:208:10", "EYVL L 208, , s. 10")],
        ),
        (
            "sv",
            "rådets direktiv 2009/17/EG (32009L0017); EUT L 131, , s. 101 och kommissionens",
            [("OJ:L:2009:131:101", "EUT L 131, , s. 101")],
        ),
        (
            "de",
            "Richtlinie 2011/15/EU (32011L0015); ABl. L 49, , S. 33 und die Verordnung",
            [("OJ:L:2011:049:33", "ABl. L 49, , S. 33")],
        ),
        # A footnote of its own: no act gives the lost year.
        ("fi", "1 EYVL L 208, , s. 10.", []),
    ],
)
def test_a_lost_date_after_an_act_takes_its_year(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journals(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "Id-Deċiżjoni tal-Kunsill 81/691/KEE dwar il-konklużjoni\n\nDOKUMENTI EWLENIN\n\n"
            "Il-Konvenzjoni dwar il-konservazzjoni tar-riżorsi (ĠU L 252, , pp. 27-35)",
        ),
        (
            "en",
            "Council Decision 81/691/EEC on the conclusion\n\nMAIN DOCUMENTS\n\n"
            "Convention on the conservation of marine living resources (OJ L 252, , pp. 27-35)",
        ),
        (
            "fr",
            "Décision 81/691/CEE du Conseil relative à la conclusion\n\nDOCUMENTS PRINCIPAUX\n\n"
            "Convention sur la conservation de la faune marine (JO L 252, , p. 27-35)",
        ),
    ],
)
def test_no_act_in_the_paragraph_leaves_the_year_lost(lang: str, text: str) -> None:
    assert journals(text, lang) == []
