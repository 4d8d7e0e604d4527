"""A bare act number after its act word, its EU author and a qualifier the language
writes after the author (cs "nařízením Komise v přenesené pravomoci 2020/687"), like the
languages that write the qualifier before the author (sk "delegované nariadenie Komisie
2020/687", pl "rozporządzenie delegowane Komisji 2020/687"); a national author keeps the
number out."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "(2) Nařízením Komise v přenesené pravomoci 2020/687 (2) se doplňují pravidla",
            [("CELEX:32020R0687", "Nařízením Komise v přenesené pravomoci 2020/687")],
        ),
        (
            "cs",
            "podle prováděcího nařízení Komise v přenesené pravomoci 2019/2035 se",
            [("CELEX:32019R2035", "prováděcího nařízení Komise v přenesené pravomoci 2019/2035")],
        ),
        (
            "sk",
            "delegované nariadenie Komisie 2020/687 dopĺňa pravidlá",
            [("CELEX:32020R0687", "delegované nariadenie Komisie 2020/687")],
        ),
        (
            "pl",
            "rozporządzenie delegowane Komisji 2020/687 uzupełnia przepisy",
            [("CELEX:32020R0687", "rozporządzenie delegowane Komisji 2020/687")],
        ),
        # Negative: a national author with the same qualifier is no EU institution.
        ("cs", "nařízení ministerstva v přenesené pravomoci 12/2013 se", []),
    ],
)
def test_act_qualifier_after_author(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected
