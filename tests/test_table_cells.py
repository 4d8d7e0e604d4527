"""A table's cells are no sentence: EUR-Lex's table of related acts names an act in one
cell and the provision concerned in the next ("Validity extended by | 32023D2409 | article
2 | 13/11/2023"), and the gold leaves the provision cell out (no instrument in the cell).
The act number in its own cell is still cited. The table of the acts a document acts
upon is the other way round: in a "Modifies" row the subdivision concerned is a provision
of the row's act ("Modifies | 32003R1882 | repeal | annex II point 29 |")."""

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


_HEADER = (
    "| Relation | Act | Comment | Subdivision concerned | From | To |\n|---|---|---|---|---|---|\n"
)


@pytest.mark.parametrize(
    ("lang", "comment", "article", "annex"),
    [
        ("pt", "substituição", "artigo 4.º n.º 3", "anexo III ponto 12"),
        ("ga", "Athchur", "airteagal 4 mír 3", "Iarscríbhinn III pointe 12"),
        ("fr", "remplacement", "article 4 paragraphe 3", "annexe III point 12"),
        ("de", "Ersetzung", "Artikel 4 Absatz 3", "Anhang III Nummer 12"),
        ("hu", "csere", "4. cikk (3) bekezdés", "III. melléklet 12. pont"),
    ],
)
def test_subdivision_of_an_act_the_document_modifies(
    lang: str, comment: str, article: str, annex: str
) -> None:
    text = (
        _HEADER + "Repeal | 31991L0271 | 01/01/2025 | |||\n"
        f"Modifies | 32012R0528 | {comment} | {article} | 01/01/2025 | |\n"
        f"| Modifies | 32006R1907 | {comment} | {annex} | 01/01/2025 | |\n"
    )
    assert _keys(text, lang) == [
        "CELEX:31991L0271",
        "CELEX:32012R0528",
        "CELEX:32012R0528:4(3)",
        "CELEX:32006R1907",
        "CELEX:32006R1907:annex-III",
    ]


@pytest.mark.parametrize("lang", ["en", "pt", "de"])
def test_subdivision_of_the_document_itself_stays_out(lang: str) -> None:
    # "Amended by": the subdivision is the document's own, which the row does not name;
    # a provision in the comment cell is no subdivision
    text = (
        _HEADER + "| Amended by | 32019R1243 | replacement | article 4 | 26/07/2019 | |\n"
        "| Modifies | 32012R0528 | article 4 | | 01/01/2025 | |\n"
    )
    assert _keys(text, lang) == ["CELEX:32019R1243", "CELEX:32012R0528"]
