"""A range of points inside a list of points: the range is not cited (the reviews of
rounds 5, 6, 8, 17, 27 and 30: the contract keys neither its points nor the paragraph
above them) and the list goes on after it (pl "art. 10 ust. 1 lit. a), e)-i), k) i l)",
en "Article 10(1)(a), (e)-(i), (k) and (l)", de "Buchst. a, e bis i, k und l"); the
same number again after the list is the next recital's, not a paragraph."""

from __future__ import annotations

import pytest

import citeresolve

_ACT = "CELEX:32019R0816"
_PINS = ["10(1)(a)", "10(1)(k)", "10(1)(l)"]


def _pins(text: str, lang: str) -> list[str]:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    return [k.removeprefix(_ACT + ":") for k in keys if k != _ACT]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "na podstawie art. 10 ust. 1 lit. a), e)-i), k) i l) rozporządzenia (UE) 2019/816"),
        ("en", "under Article 10(1)(a), (e)-(i), (k) and (l) of Regulation (EU) 2019/816"),
        ("de", "nach Art. 10 Abs. 1 Buchst. a, e bis i, k und l der Verordnung (EU) 2019/816"),
    ],
)
def test_a_list_of_points_goes_on_after_a_range(lang: str, text: str) -> None:
    assert _pins(text, lang) == _PINS


def test_a_hyphenated_range_of_bracketed_points() -> None:
    # the range takes its act, which is not cited whole either
    assert citeresolve.extract("Article 10(1)(e)-(i) of Regulation (EU) 2019/816", lang="en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "uwzględniając rozporządzenie (UE) 2019/816, w szczególności jego art. 10 ust. 1 "
            "lit. k) i l),\n(1) Rozporządzeniem (UE) 2019/816 ustanowiono system.",
            ["10(1)(k)", "10(1)(l)"],
        ),
        # a list of paragraphs that goes up is still read
        ("en", "Article 5(1) and (2) of Regulation (EU) 2019/816", ["5(1)", "5(2)"]),
    ],
)
def test_the_same_number_after_a_list_ends_it(lang: str, text: str, expected: list[str]) -> None:
    assert _pins(text, lang) == expected
