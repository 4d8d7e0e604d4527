"""An act whose own title gives its short title is found under its English "… Act"
names in every language ("Art. 34 des Digital Services Act", nl "artikel 3 van de Data
Act", hu "a Data Act 3. cikke"); and an abbreviation after the Union's own
(``abbreviation_prefixes``: de "EU-DSGVO", "EU-KI-VO", en "EU GDPR")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Nach Art. 34 des Digital Services Act gelten Pflichten.", ["CELEX:32022R2065:34"]),
        (
            "nl",
            "Op grond van artikel 3 van de Data Act moeten fabrikanten gegevens delen.",
            ["CELEX:32023R2854:3"],
        ),
        ("pt", "Nos termos do artigo 3.º do Chips Act, a Comissão age.", ["CELEX:32023R1781:3"]),
        ("hu", "A Data Governance Act 6. cikke szerint.", ["CELEX:32022R0868:6"]),
        (
            "lt",
            "Pagal Digital Services Act 34 straipsnį platformos vertina riziką.",
            ["CELEX:32022R2065:34"],
        ),
        (
            "fr",
            "L'article 34 du Digital Services Act impose une évaluation.",
            ["CELEX:32022R2065:34"],
        ),
        # the name alone is no citation
        ("de", "Der Digital Services Act gilt seit 2024.", []),
    ],
)
def test_english_act_names_abroad(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Gemäß Art. 6 Abs. 1 lit. f EU-DSGVO ist dies zulässig.",
            ["CELEX:32016R0679:6(1)(f)"],
        ),
        ("de", "Gemäß Art. 21 EU-DS-GVO besteht ein Widerspruchsrecht.", ["CELEX:32016R0679:21"]),
        ("de", "Nach Art. 5 Abs. 1 EU-KI-VO ist dies verboten.", ["CELEX:32024R1689:5(1)"]),
        ("en", "Processing is lawful under Article 6(1)(f) EU GDPR.", ["CELEX:32016R0679:6(1)(f)"]),
        # another country's prefix is not the Union's
        ("en", "Processing is lawful under Article 6(1)(f) UK GDPR.", []),
    ],
)
def test_union_prefix_before_abbreviations(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
