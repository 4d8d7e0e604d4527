"""An old case number alone in brackets after two parties' names joined by a versus word
(the optional ``versus`` of [cases] in the language files: families/case_parties.py)."""

from __future__ import annotations

import pytest

import citeresolve


def cases(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (c.key, text[c.start : c.end])
        for c in citeresolve.extract(text, lang=lang)
        if c.type == "case"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "Věc Van Gend en Loos vs. Nederlandse administratie der belastingen (26/62) je",
            [("CJEU:C-26/62", "26/62")],
        ),
        ("en", "In Costa v ENEL (6/64) the Court held", [("CJEU:C-6/64", "6/64")]),
        (
            "de",
            "das Urteil Internationale Handelsgesellschaft gegen Einfuhr- und Vorratsstelle "
            "(11/70) stellt fest",
            [("CJEU:C-11/70", "11/70")],
        ),
        ("fr", "l'arrêt Simmenthal c. Commission (92/78) a jugé", [("CJEU:C-92/78", "92/78")]),
    ],
)
def test_case_after_the_parties(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cases(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one name alone: the number in brackets may be an act's
        ("en", "the Product Liability Directive (85/374) applies"),
        ("cs", "Směrnice Rady (85/374) se použije"),
        # a year after 1988 without a court letter is no case of the Court
        ("de", "Müller gegen Schmidt (12/95) entschied das Landgericht"),
        # the names on another line
        ("fr", "Dupont c. Durand\n(12/80) ligne suivante"),
    ],
)
def test_what_is_no_case_after_the_parties(lang: str, text: str) -> None:
    assert cases(text, lang) == []
