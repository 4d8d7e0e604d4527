"""The English Treaties' names with the preposition swapped, as web pages, committee
news and students write them ("Article 4 of the Treaty of European Union defines the
function of the European Council", a House of Commons European Scrutiny Committee
news release): the same Treaties (en.toml instrument names)."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Article 4 of the Treaty of European Union defines the function of the European"
            " Council.",
            ["TEU:4"],
        ),
        ("Article 50 of the Treaty of the European Union", ["TEU:50"]),
        ("Article 101 of the Treaty of the Functioning of the European Union", ["TFEU:101"]),
        ("Article 101 of the Treaty on Functioning of the European Union", ["TFEU:101"]),
        # the Treaty of Lisbon keeps no key; the EEC Treaty written so is the EC Treaty
        # (citation-keys.md: "EEC Treaty" is TEC)
        ("Article 50 of the Treaty of Lisbon", []),
        ("Article 2 of the Treaty of the European Economic Community", ["TEC:2"]),
    ],
)
def test_swapped_prepositions(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="en")] == expected
