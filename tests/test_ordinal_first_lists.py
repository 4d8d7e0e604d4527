"""Slovenian writes an article's number before its word as an ordinal ("77. člena"),
also as a list or range of ordinals before one word: "10. in 12. člena Uredbe" is
Articles 10 and 12, "5., 6. in 7. členom" three articles, "od 5. do 7. člena" the
range 5-7 (Hungarian and Latvian, whose numbers always come first, read the same lists
the same way)."""

from __future__ import annotations

import pytest

import citeresolve

VET = "CELEX:32019R0006"
GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sl", "podatke iz 10. in 12. člena Uredbe 2019/6/EU.", [f"{VET}:10", f"{VET}:12"]),
        (
            "sl",
            "v skladu s 5., 6. ali 7. členom Uredbe (EU) 2016/679",
            [f"{GDPR}:5", f"{GDPR}:6", f"{GDPR}:7"],
        ),
        ("sl", "na podlagi od 5. do 7. člena Uredbe (EU) 2016/679", [f"{GDPR}:5-7"]),
        # one ordinal, as before; a date's numbers are no list
        ("sl", "v skladu z 10. členom Uredbe 2019/6/EU", [f"{VET}:10"]),
        ("sl", "dne 10. 12. 2018 in 12. člena Uredbe (EU) 2016/679", [f"{GDPR}:12"]),
        # number-first languages, as before
        ("hu", "a 2019/6/EU rendelet 10. és 12. cikke", [f"{VET}:10", f"{VET}:12"]),
        ("lv", "Regulas 2019/6 10. un 12. pantā", [f"{VET}:10", f"{VET}:12"]),
    ],
)
def test_a_list_of_ordinals_before_the_article_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
