"""A remark in brackets inside a list of annexes ("Annexes I (in part), II, III and IV")
does not end the list: each annex is a pin of the act named after the list."""

from __future__ import annotations

import pytest

import citeresolve

ACT = "CELEX:32019R1009"
ANNEXES = [f"{ACT}:annex-{n}" for n in ("I", "II", "III", "IV")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Commission may amend Annexes I (in part), II, III and IV to Regulation (EU) "
            "2019/1009.",
        ),
        (
            "pl",
            "Komisja może zmieniać załączniki I (częściowo), II, III i IV do rozporządzenia "
            "(UE) 2019/1009.",
        ),
        (
            "de",
            "Die Kommission kann die Anhänge I (teilweise), II, III und IV der Verordnung (EU) "
            "2019/1009 ändern.",
        ),
        (
            "fr",
            "La Commission peut modifier les annexes I (en partie), II, III et IV du règlement "
            "(UE) 2019/1009.",
        ),
    ],
)
def test_a_remark_between_annexes_keeps_the_list(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert keys == ANNEXES
