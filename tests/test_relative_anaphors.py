"""An article pinned by a relative word to the act named just before it: en "Regulation
(EC) No 593/2008, Article 3 of which …" (after the article, like "thereof"), nl
"waarvan artikel 3", fr "dont l'article 3", it "il cui art. 3" (before it)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            'Choice of law is governed by Regulation (EC) No 593/2008 ("Rome I"), art 3 of '
            "which respects party autonomy.",
            ["CELEX:32008R0593", "CELEX:32008R0593:3"],
        ),
        (
            "en",
            "Directive 2000/78/EC, Articles 2 and 4 of which prohibit discrimination.",
            ["CELEX:32000L0078", "CELEX:32000L0078:2", "CELEX:32000L0078:4"],
        ),
        (
            "nl",
            "Verordening (EG) nr. 593/2008, waarvan artikel 3 de partijautonomie eerbiedigt.",
            ["CELEX:32008R0593", "CELEX:32008R0593:3"],
        ),
        (
            "fr",
            "le règlement (CE) n° 593/2008, dont l'article 3 consacre l'autonomie des parties.",
            ["CELEX:32008R0593", "CELEX:32008R0593:3"],
        ),
        (
            "it",
            "il regolamento (CE) n. 593/2008, il cui art. 3 sancisce l'autonomia delle parti.",
            ["CELEX:32008R0593", "CELEX:32008R0593:3"],
        ),
    ],
)
def test_relative_anaphor(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_of_which_after_another_noun_is_no_anaphor() -> None:
    # "the scope of which" follows a noun, not the article chain
    text = "Directive 2000/78/EC sets its aim in Article 1, the scope of which is broad."
    assert keys(text, "en") == ["CELEX:32000L0078", "CELEX:32000L0078:1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Regulation (EU) No 1215/2012 (the "Brussels Recast") applies. Art 25 of the '
            "Brussels Recast gives effect to jurisdiction clauses.",
            ["CELEX:32012R1215", "CELEX:32012R1215:25"],
        ),
        ("Article 31(2) of the Recast Brussels Regulation", ["CELEX:32012R1215:31(2)"]),
    ],
)
def test_brussels_recast_name(text: str, expected: list[str]) -> None:
    assert keys(text, "en") == expected
