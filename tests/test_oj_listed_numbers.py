"""Act-by-act Official Journal numbers listed after the first, their year written once
("ABl. C 2023/1340 bzw. 1341"): only a number a little above the one before, where a
reference ends or the list goes on."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "In den ABl. C 2024/2210 bzw. 2211 v. 3.5.2024 sind Leitlinien",
            [("OJ:C:2024/2210", "ABl. C 2024/2210"), ("OJ:C:2024/2211", "2211")],
        ),
        (
            "en",
            "published in OJ L, 2024/2210, 2211 and 2213, 3.5.2024",
            [
                ("OJ:L:2024/2210", "OJ L, 2024/2210"),
                ("OJ:L:2024/2211", "2211"),
                ("OJ:L:2024/2213", "2213"),
            ],
        ),
        (
            "fr",
            "publiées au JO C, 2024/2210 et 2211 du 3.5.2024",
            [("OJ:C:2024/2210", "JO C, 2024/2210"), ("OJ:C:2024/2211", "2211")],
        ),
        # A count after the number, or a number far above it, is no OJ number.
        ("de", "ABl. L 2024/1689 und 12 Mitgliedstaaten", [("OJ:L:2024/1689", "ABl. L 2024/1689")]),
        ("en", "OJ L 2024/1689 and 1700 companies", [("OJ:L:2024/1689", "OJ L 2024/1689")]),
        ("en", "(OJ L 2024/1689 and 1900)", [("OJ:L:2024/1689", "OJ L 2024/1689")]),
    ],
)
def test_numbers_listed_after_the_first(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journals(text, lang) == expected
