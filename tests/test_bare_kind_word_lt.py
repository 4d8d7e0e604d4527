"""Lithuanian has no article: a bare "reglamento" ("of the regulation") is the one
regulation the document cites before it, and nothing once it cites two; "to reglamento"
("of that regulation") still points back to the last one."""

from __future__ import annotations

from citeresolve import extract

_ONE = (
    "Reglamentu (ES) Nr. 1306/2013 nustatomos finansavimo taisyklės. Organizacijos siekia "
    "tikslų, nustatytų reglamento 152 straipsnyje."
)
_TWO = (
    "Reglamentu (ES) Nr. 1308/2013 nustatomas rinkų organizavimas. Taisyklės išdėstytos "
    "Reglamente (ES) Nr. 1306/2013. Organizacijos siekia tikslų, nustatytų {} 152 "
    "straipsnyje."
)


def test_bare_kind_word_after_one_regulation() -> None:
    assert [c.key for c in extract(_ONE, lang="lt")] == [
        "CELEX:32013R1306",
        "CELEX:32013R1306:152",
    ]


def test_bare_kind_word_after_two_regulations_names_neither() -> None:
    keys = [c.key for c in extract(_TWO.format("reglamento"), lang="lt")]
    assert keys == ["CELEX:32013R1308", "CELEX:32013R1306"]


def test_anaphor_after_two_regulations_names_the_last() -> None:
    keys = [c.key for c in extract(_TWO.format("to reglamento"), lang="lt")]
    assert keys[-1] == "CELEX:32013R1306:152"
