"""A CELEX number in the query of a web address is the link a text gives beside its
citation, never a citation of its own ("(https://eur-lex.europa.eu/…/?uri=CELEX:32019L0904)");
one written out on its own still is."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "ha recepito la direttiva (UE) 2019/904 (https://eur-lex.europa.eu/legal-content/"
            "IT/TXT/PDF/?uri=CELEX:32019L0904) sulla plastica",
            [("CELEX:32019L0904", "direttiva (UE) 2019/904")],
        ),
        (
            "en",
            "Regulation (EC) No 1346/2000 (see eur-lex.europa.eu/legal-content/EN/ALL/"
            "?uri=CELEX:32000R1346)",
            [("CELEX:32000R1346", "Regulation (EC) No 1346/2000")],
        ),
        (
            "cs",
            "nařízení 2015/848 (www.eur-lex.europa.eu/eli?celex=32015R0848&lang=cs)",
            [("CELEX:32015R0848", "nařízení 2015/848")],
        ),
        # A CELEX number standing on its own is still one.
        (
            "en",
            "Document 32019L0904 (CELEX: 32019L0904)",
            [("CELEX:32019L0904", "32019L0904"), ("CELEX:32019L0904", "CELEX: 32019L0904")],
        ),
    ],
)
def test_celex_number_in_a_web_address(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _keys(text, lang) == expected
