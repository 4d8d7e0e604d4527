"""A defined acronym declined with a case ending after a hyphen or colon is still the
defined name: an Advocate General's opinion's "(u daljnjem tekstu: DUR) … U članku 1.
DUR‑a" gave the directive and no article (pipeline/context.py, later uses of a defined
name). A hyphenated compound word after the acronym is no use of it."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Navode da su povrijedila Direktivu 96/71/EZ o upućivanju radnika (u daljnjem "
            "tekstu: DUR). U članku 1. DUR‑a na sljedeći je način određen opseg tog instrumenta.",
            ["CELEX:31996L0071", "CELEX:31996L0071:1"],
        ),
        (
            "sl",
            "Direktiva 96/71/ES o napotitvi delavcev (v nadaljevanju: DNDS). V členu 1 DNDS-ja "
            "je določeno področje uporabe.",
            ["CELEX:31996L0071", "CELEX:31996L0071:1"],
        ),
        (
            "fi",
            "Direktiivi 96/71/EY (jäljempänä DNDS) koskee lähetettyjä työntekijöitä. DNDS:n 1 "
            "artiklassa määritellään soveltamisala.",
            ["CELEX:31996L0071", "CELEX:31996L0071:1"],
        ),
        (
            "et",
            "Direktiiv 96/71/EÜ (edaspidi „LTD“) käsitleb töötajate lähetamist. LTD-i artikli 1 "
            "kohaselt kohaldatakse seda ettevõtjate suhtes.",
            ["CELEX:31996L0071", "CELEX:31996L0071:1"],
        ),
    ],
)
def test_the_declined_acronym_names_the_act(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


def test_a_compound_after_the_acronym_is_no_use() -> None:
    text = (
        "Direktiva 96/71/EZ (u daljnjem tekstu: DUR). Prema članku 1. DUR-direktive "
        "nacionalnog prava primjenjuje se zakon."
    )
    assert [c.key for c in citeresolve.extract(text, lang="hr")] == ["CELEX:31996L0071"]
