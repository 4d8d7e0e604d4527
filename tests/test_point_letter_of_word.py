"""A point letter that is also the language's one-letter "of" word (sv, da "i") is the
point where no instrument can follow it (token_passes.letter_of_word): sv "artikel 9.2 h
och i i förordningen" gave the act alone, "9.2 h och i samt artikel 89.1" and da "litra h
og i, i forordning" lost point (i), "artikel 9.2 i i förordningen" gave 9(2). "i" before
an instrument stays "of"."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Behandlingen grundas på artikel 9.2 h och i i förordning (EU) 2016/679.",
            [f"{GDPR}:9(2)(h)", f"{GDPR}:9(2)(i)"],
        ),
        (
            "sv",
            "Förslaget kompletterar förordning (EU) 2016/679, i synnerhet artikel 9.2 h och i "
            "samt artikel 89.1 i denna.",
            [GDPR, f"{GDPR}:9(2)(h)", f"{GDPR}:9(2)(i)", f"{GDPR}:89(1)"],
        ),
        (
            "sv",
            "Undantaget i artikel 9.2 i i förordning (EU) 2016/679 gäller folkhälsan.",
            [f"{GDPR}:9(2)(i)"],
        ),
        (
            "da",
            "Behandlingen sker efter artikel 9, stk. 2, litra h og i, i forordning (EU) 2016/679.",
            [f"{GDPR}:9(2)(h)", f"{GDPR}:9(2)(i)"],
        ),
        (
            "da",
            "Kommunen henviser til forordning (EU) 2016/679, navnlig artikel 9, stk. 2, litra "
            "h og i.",
            [GDPR, f"{GDPR}:9(2)(h)", f"{GDPR}:9(2)(i)"],
        ),
        # "of" before the instrument
        (
            "sv",
            "Se artikel 9.2 c, i förordning (EU) 2016/679.",
            [f"{GDPR}:9(2)(c)"],
        ),
        (
            "sv",
            "Enligt artikel 5 i förordning (EU) 2016/679 och artikel 6 i direktiv (EU) 2016/680.",
            [f"{GDPR}:5", "CELEX:32016L0680:6"],
        ),
    ],
)
def test_the_point_letter_i(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
