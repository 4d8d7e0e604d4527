"""The L series written in lower case before its issue, as national texts copy an OJ
reference ("D.O.U.E. l 94 de 08/04/2011"): the same OJ issue as with a capital."""

from __future__ import annotations

import pytest

import citeresolve


def _oj_keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Reglamento (UE) n.º 333/2011 (D.O.U.E. l 94 de 08/04/2011).", "OJ:L:2011:094"),
        ("es", "Reglamento (UE) n.º 333/2011 (DOUE l 94 de 8.4.2011, p. 2).", "OJ:L:2011:094:2"),
        ("fr", "Règlement (UE) n° 333/2011 (JO l 94 du 8.4.2011, p. 2).", "OJ:L:2011:094:2"),
        (
            "it",
            "Regolamento (UE) n. 333/2011 (GUUE l 94 dell'8.4.2011, pag. 2).",
            "OJ:L:2011:094:2",
        ),
    ],
)
def test_lower_case_l_series(lang: str, text: str, expected: str) -> None:
    assert _oj_keys(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Véase el DO l 2 de la ley."),  # no date: no issue
        ("it", "Pubblicato sulla GU l'11 marzo 2011."),  # an elided article
        ("fr", "Voir le JO c 94 du 8.4.2011."),  # only the L series is written so
    ],
)
def test_lower_case_negatives(lang: str, text: str) -> None:
    assert _oj_keys(text, lang) == []
