"""A popular name after the EU's genitive takes the indefinite form in the Nordic
languages: sv "artikel 15 i EU:s dataskyddsförordning", da "artikel 32, stk. 1, i EU's
databeskyttelsesforordning" are the GDPR's articles like "dataskyddsförordningen" and
"databeskyttelsesforordningen" (fi "EU:n tietosuoja-asetuksen" was found already). The
name alone stays no citation."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Myndigheten ska lämna ut uppgifterna enligt artikel 15 i EU:s dataskyddsförordning.",
            [f"{GDPR}:15"],
        ),
        (
            "sv",
            "Enligt EU:s dataskyddsförordnings artikel 6.1 e krävs en rättslig grund.",
            [f"{GDPR}:6(1)(e)"],
        ),
        (
            "da",
            "Kommunen har overtrådt artikel 32, stk. 1, i EU’s databeskyttelsesforordning.",
            [f"{GDPR}:32(1)"],
        ),
        (
            "fi",
            "Kunta rikkoi EU:n tietosuoja-asetuksen 32 artiklan 1 kohtaa.",
            [f"{GDPR}:32(1)"],
        ),
        ("sv", "EU:s dataskyddsförordning gäller sedan 2018.", []),
    ],
)
def test_the_name_after_the_eu_genitive(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
