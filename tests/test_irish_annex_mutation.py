"""Irish prefixes h to a word that begins with a vowel after some prepositions ("le
hIarscríbhinn VI"): the annex word with its h is the annex word, as "hAirteagal" is
the article word."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a chur le hIarscríbhinn VI a ghabhann le Rialachán Cur Chun Feidhme (AE) "
            "2021/1165 a luaithe",
            ["CELEX:32021R1165:annex-VI"],
        ),
        (
            "le hIarscríbhinní I agus II a ghabhann le Rialachán (AE) 2016/679",
            ["CELEX:32016R0679:annex-I", "CELEX:32016R0679:annex-II"],
        ),
        # without the h, as before
        ("in Iarscríbhinn II a ghabhann le Rialachán (AE) 2016/679", ["CELEX:32016R0679:annex-II"]),
    ],
)
def test_an_annex_word_with_a_prefixed_h(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="ga")] == expected
