"""The Euratom domain misspelt "Euroatom" in an act's number (data/lang/ro.toml
``[acts] domains``): a Romanian managing authority's list of the rules of a programme
writes "Regulamentul (UE, EUROATOM) nr. 966/2012"; the domain lists are read in every
language, so the same spelling counts in other languages' texts."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "•Regulamentul (UE) nr. 1.304/2013 al Parlamentului European şi al Consiliului "
            "privind Fondul social European\n\n•Regulamentul (UE, EUROATOM) nr. 966/2012 al "
            "Parlamentului European şi al Consiliului",
            [
                ("CELEX:32013R1304", "Regulamentul (UE) nr. 1.304/2013"),
                ("CELEX:32012R0966", "Regulamentul (UE, EUROATOM) nr. 966/2012"),
            ],
        ),
        (
            "ro",
            "cu respectarea Regulamentului (UE, Euroatom) 2018/1046 privind normele financiare",
            [("CELEX:32018R1046", "Regulamentului (UE, Euroatom) 2018/1046")],
        ),
        (
            "sk",
            "v súlade s nariadením (EÚ, Euroatom) 2018/1046 o rozpočtových pravidlách",
            [("CELEX:32018R1046", "nariadením (EÚ, Euroatom) 2018/1046")],
        ),
        (
            "hr",
            "u skladu s Uredbom (EU, Euroatom) 2018/1046 o financijskim pravilima",
            [("CELEX:32018R1046", "Uredbom (EU, Euroatom) 2018/1046")],
        ),
        (
            "hu",
            "a 2014/335/EU, Euroatom tanácsi határozat alapján",
            [("CELEX:32014D0335", "2014/335/EU, Euroatom tanácsi határozat")],
        ),
        # Negatives: the Community named alone, a national law and a period.
        ("ro", "Euroatom a adoptat programul de cercetare 2021-2025.", []),
        ("ro", "Potrivit art. 195 din Legea nr. 98/2016, Euroatom nu are competență.", []),
        ("sk", "Program Euroatom na roky 2021/2025 podporuje výskum.", []),
    ],
)
def test_misspelt_euratom_domain(lang: str, text: str, expected: list) -> None:
    assert acts(text, lang) == expected
