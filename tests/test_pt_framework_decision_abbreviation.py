"""pt "DQ" (decisão-quadro): an act word before a number ("da DQ nº 2002/584/JAI") and,
alone, the one framework decision the document cites ("artigo 27º, nº 4, da DQ")."""

from __future__ import annotations

import pytest

import citeresolve

F584 = "CELEX:32002F0584"


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="pt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nos termos do artigo 27º, nº 3, da DQ nº 2002/584/JAI, do Conselho, a pessoa"
            " entregue não pode ser julgada. O consentimento é dado nos termos do artigo 27º,"
            " nº 4, da DQ.",
            [f"{F584}:27(3)", f"{F584}:27(4)"],
        ),
        (
            "A DQ 2008/909/JAI aplica-se. O artigo 8.º, n.º 2, da DQ permite a adaptação.",
            ["CELEX:32008F0909", "CELEX:32008F0909:8(2)"],
        ),
        # no framework decision cited: the bare word names none
        ("No artigo 27º, nºs 1 e 3, da DQ prevê-se o consentimento.", []),
        # two cited: the bare word is either's
        (
            "A DQ 2002/584/JAI e a DQ 2008/909/JAI aplicam-se. O artigo 8.º da DQ permite.",
            [F584, "CELEX:32008F0909"],
        ),
    ],
)
def test_dq(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
