"""Since 2019 the Parliament's Rules number rules, not articles, and the Maltese text
says so ("ir-Regola 54 tar-Regoli ta' Proċedura tiegħu"), like en "Rule 54" and ga
"Riail 54": the rule word opens a chain of the Rules as the article word does."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "mt",
            "– wara li kkunsidra r-Regola 54 tar-Regoli ta' Proċedura tiegħu,",
            ["EP-RULES:54"],
        ),
        (
            "mt",
            "– wara li kkunsidra r-Regoli 54 u 217(2) tar-Regoli ta' Proċedura tiegħu,",
            ["EP-RULES:54", "EP-RULES:217(2)"],
        ),
        (
            "mt",
            "– wara li kkunsidra l-Artikolu 59 tar-Regoli ta' Proċedura tiegħu,",
            ["EP-RULES:59"],
        ),
        ("en", "– having regard to Rule 54 of its Rules of Procedure,", ["EP-RULES:54"]),
        ("ga", "– ag féachaint do Riail 54 dá Rialacha Nós Imeachta,", ["EP-RULES:54"]),
    ],
)
def test_rule_word_opens_a_chain_of_the_rules(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_rule_word_alone_is_no_citation() -> None:
    text = "Il-Kumitat jista' jadotta regola ġdida dwar il-Regoli ta' Proċedura tiegħu."
    assert citeresolve.extract(text, lang="mt") == []
