"""In a language that writes the number before its article word (fi "43–59 artiklassa"),
an informal text may write the word first: fi "artikloissa 43–59", "artiklat 37, 38 ja 39".
Every number after the word that no noun takes is one of its articles (a range is one
citation, a list one each); the last number alone was read before. The number-first
forms and national laws are unchanged."""

from __future__ import annotations

import pytest

import citeresolve

VAT = "CELEX:32006L0112"
GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Palvelujen myyntipaikasta säädetään direktiivin 2006/112/EY artikloissa 43–59.",
            [f"{VAT}:43-59"],
        ),
        (
            "Tietosuoja-asetuksen artiklat 37, 38 ja 39 koskevat tietosuojavastaavaa.",
            [f"{GDPR}:37", f"{GDPR}:38", f"{GDPR}:39"],
        ),
        ("Asetuksen (EU) 2016/679 artikla 6 koskee käsittelyä.", [f"{GDPR}:6"]),
        # the number-first forms, as before
        ("Direktiivin 2006/112/EY 43–59 artiklassa säädetään.", [f"{VAT}:43-59"]),
        (
            "Asetuksen (EU) 2016/679 37, 38 ja 39 artiklassa säädetään.",
            [f"{GDPR}:37", f"{GDPR}:38", f"{GDPR}:39"],
        ),
    ],
)
def test_fi_word_first(text: str, expected: list[str]) -> None:
    assert keys(text, "fi") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "a 2016/679/EU rendelet 37–39. cikke szerint", [f"{GDPR}:37-39"]),
        ("lv", "Regulas (ES) 2016/679 37.–39. pants nosaka", [f"{GDPR}:37-39"]),
        ("lt", "Reglamento (ES) 2016/679 37–39 straipsniai nustato", [f"{GDPR}:37-39"]),
    ],
)
def test_other_number_first_languages(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rikoslain artiklat 37–39 koskevat rangaistuksia.",  # national law
        "Asetus tuli voimaan 25.5.2018, ja artiklat 1–99 sovelletaan.",  # no act named
    ],
)
def test_fi_word_first_negatives(text: str) -> None:
    assert keys(text, "fi") == []
