"""A plural annex word with no number after it ("the Annexes to Regulation …") names
the act, never its single unnumbered annex (``annex-1``); before numbers it is a list of
annexes, and the singular stays the single annex."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Rozporządzenia zmieniające załączniki do rozporządzenia (WE) nr 1272/2008."),
        ("en", "Commission regulations amending the Annexes to Regulation (EC) No 1272/2008."),
        ("de", "Verordnungen zur Änderung der Anhänge der Verordnung (EG) Nr. 1272/2008."),
        ("fr", "les règlements modifiant les annexes du règlement (CE) n° 1272/2008"),
        ("nl", "verordeningen tot wijziging van de bijlagen bij Verordening (EG) nr. 1272/2008"),
        ("it", "i regolamenti che modificano gli Allegati del regolamento (CE) n. 1272/2008"),
    ],
)
def test_plural_annex_word_names_the_act(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32008R1272"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the Annex to Regulation (EC) No 1272/2008", ["CELEX:32008R1272:annex-1"]),
        ("fr", "l'annexe du règlement (CE) n° 1272/2008", ["CELEX:32008R1272:annex-1"]),
        (
            "pl",
            "załączniki I i II do rozporządzenia (WE) nr 1272/2008",
            ["CELEX:32008R1272:annex-I", "CELEX:32008R1272:annex-II"],
        ),
        (
            "de",
            "die Anhänge I und III der Verordnung (EG) Nr. 1272/2008",
            ["CELEX:32008R1272:annex-I", "CELEX:32008R1272:annex-III"],
        ),
    ],
)
def test_numbered_plurals_and_the_single_annex(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
