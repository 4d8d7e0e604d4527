"""A number with its domain right after the word of an instrument that is no act (a
convention between Member States, an agreement) takes no act kind from the act read
before it: it is the instrument's, and no act is reported."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "as amended by Directive 2003/49/EC; the Convention 91/512/EEC on transfer pricing",
            ["CELEX:32003L0049"],
        ),
        (
            "fr",
            "modifiée par la directive 2003/49/CE; la convention 91/512/CEE sur les prix",
            ["CELEX:32003L0049"],
        ),
        (
            "de",
            "geändert durch die Richtlinie 2003/49/EG; das Übereinkommen 91/512/EWG über",
            ["CELEX:32003L0049"],
        ),
        (
            "it",
            "modificata dalla direttiva 2003/49/CE; Vista la Convenzione 91/512/CEE sui prezzi",
            ["CELEX:32003L0049"],
        ),
        # Without the instrument's word the number still takes the kind of the act before.
        (
            "en",
            "as amended by Directive 2003/49/EC and 91/512/EEC on transfer pricing",
            ["CELEX:32003L0049", "CELEX:31991L0512"],
        ),
    ],
)
def test_a_convention_number_is_no_act(lang: str, text: str, expected: list[str]) -> None:
    assert acts(text, lang) == expected
