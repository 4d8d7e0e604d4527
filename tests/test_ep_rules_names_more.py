"""The Parliament's Rules of Procedure under more of their names: nl "Reglement van het
Parlement" without its article (a judgment's keyword line), da "Parlamentets
forretningsorden", nl "artikel 10 van dit Reglement" after the Rules were named (an
anaphor in a text about them), and mt "Regoli ta' Procedura" written without the dotted
ċ. Before, these gave nothing."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Institutioneel recht – Europees Parlement – Reglement van het Parlement – "
            "Sancties tegen een lid.",
            [("EP-RULES", "Reglement van het Parlement")],
        ),
        (
            "nl",
            "Het Europees Parlement heeft zijn werkwijze vastgelegd in het Reglement van het "
            "Europees Parlement. Artikel 176 van dit Reglement regelt de sancties.",
            [
                ("EP-RULES", "het Reglement van het Europees Parlement"),
                ("EP-RULES:176", "Artikel 176"),
            ],
        ),
        (
            "da",
            "Forslag til ændringer af Parlamentets forretningsorden om gennemsigtighed.",
            [("EP-RULES", "Parlamentets forretningsorden")],
        ),
        (
            "da",
            "Medlemmerne skal overholde adfærdsreglerne (jf. forretningsordenens artikel 10, "
            "stk. 6).",
            [("EP-RULES:10(6)", "artikel 10, stk. 6")],
        ),
        (
            "mt",
            "Il-Parlament Ewropew, wara li kkunsidra l-Artikolu 129 u l-Anness VI tar-Regoli "
            "ta' Procedura tiegħu,",
            [("EP-RULES:129", "l-Artikolu 129"), ("EP-RULES:annex-VI", "Anness VI")],
        ),
        # negatives: national and other bodies' rules
        ("da", "Der henvises til artikel 7 i Folketingets forretningsorden.", []),
        ("da", "Forslag til ændringer af Rådets forretningsorden.", []),
        ("mt", "wara li kkunsidra r-Regoli ta' Procedura tal-Kunsill,", []),
    ],
)
def test_the_parliaments_rules_under_more_names(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected
