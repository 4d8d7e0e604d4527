"""A table's cells are no sentence: EUR-Lex's table of related acts names an act in one
cell and the provision concerned in the next ("Validity extended by | 32023D2409 | article
2 | 13/11/2023"), and the gold leaves the provision cell out (no instrument in the cell).
The act number in its own cell is still cited."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "word"),
    [("hu", "cikk"), ("en", "article"), ("de", "Artikel"), ("fr", "article"), ("pl", "artykuł")],
)
def test_provision_cell_of_a_relation_table(lang: str, word: str) -> None:
    text = (
        f"Corrected by | 32022D0382R(02) | (HU) | |||\n"
        f"Validity extended by | 32023D2409 | {word} 2 | 13/11/2023 | 04/03/2025 | |\n"
        f"Validity extended by | 32024D1836 | {word} 2 | 23/07/2024 | 04/03/2026 |"
    )
    assert _keys(text, lang) == ["CELEX:32023D2409", "CELEX:32024D1836"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # in running text the act named before still reaches its article
        (
            "cs",
            "Nařízení (EU) 2016/679 stanoví, že správce musí dodržovat článek 5 a informovat.",
            ["CELEX:32016R0679", "CELEX:32016R0679:5"],
        ),
        # inside one cell the act and its article are one citation
        ("en", "| Article 5 of Directive 2001/55/EC | 4.3.2022 |", ["CELEX:32001L0055:5"]),
    ],
)
def test_reach_within_a_sentence_or_a_cell(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
