"""Act numbers opening the items of a list whose lead-in names their kind."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Den nya förordningen ersätter tre tidigare följande direktiv:\n\n"
            "• 2008/121/EG (om benämningar på textilier)\n"
            "• 96/73/EG (om vissa metoder för kvantitativ analys)\n\nDen gäller från 2012.",
            [("CELEX:32008L0121", "2008/121/EG"), ("CELEX:31996L0073", "96/73/EG")],
        ),
        (
            "en",
            "The Regulation repeals the following directives:\n"
            "- 2008/121/EC (textile names)\n- 96/73/EC (binary mixtures)\n",
            [("CELEX:32008L0121", "2008/121/EC"), ("CELEX:31996L0073", "96/73/EC")],
        ),
        (
            "de",
            "Aufgehoben werden folgende Richtlinien:\n\n– 2008/121/EG über Textilbezeichnungen,\n"
            "– 96/73/EG über bestimmte Methoden,\n– 73/44/EWG über ternäre Gemische.",
            [
                ("CELEX:32008L0121", "2008/121/EG"),
                ("CELEX:31996L0073", "96/73/EG"),
                ("CELEX:31973L0044", "73/44/EWG"),
            ],
        ),
        (
            "fr",
            "Le présent règlement modifie les règlements suivants :\n"
            "• (UE) 2018/1139 ;\n• (UE) 2019/2144 ;",
            [("CELEX:32018R1139", "(UE) 2018/1139"), ("CELEX:32019R2144", "(UE) 2019/2144")],
        ),
        # Negatives: a lead-in with no act word right before its colon; a number inside
        # an item rather than opening it; a paragraph (no item) between lead-in and number.
        ("en", "See the following:\n\n• 2008/121/EC (on textile names)\n", []),
        (
            "en",
            "The following directives are repealed:\n\nThe first was 2008/121/EC in that year.",
            [],
        ),
        ("en", "Directives:\nThe report of 12.3.2010 covers 2008/121/EC as well.", []),
    ],
)
def test_list_items_take_the_kind_of_their_lead_in(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
