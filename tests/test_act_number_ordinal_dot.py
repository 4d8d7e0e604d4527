"""A bare act number with the Hungarian ordinal full stop before its act word ("a
974/98. rendelettel") is an act as "a 974/98 rendelettel" is; a capital after the full
stop opens a new sentence and no act word is read across it."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "május 3-án a Tanács bevezette az eurót a 974/98. rendelettel (OJ L 139/1), megjelölve",
            ["CELEX:31998R0974"],
        ),
        ("a 2004/38. irányelv szerint a tagállamok", ["CELEX:32004L0038"]),
        ("a 974/98 rendelettel bevezetett euró", ["CELEX:31998R0974"]),
    ],
)
def test_ordinal_dot_before_the_act_word(text: str, expected: list[str]) -> None:
    assert keys(text, "hu") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hu", "a költségvetés 2019/20. Rendelet szerint"),
        ("en", "the figures for 12/98. Regulation of the market"),
        ("de", "im Zeitraum 12/98. Richtlinie und Praxis"),
    ],
)
def test_capital_after_the_full_stop_opens_a_sentence(lang: str, text: str) -> None:
    assert keys(text, lang) == []
