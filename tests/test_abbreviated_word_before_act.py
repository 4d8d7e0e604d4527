"""An abbreviated word between a chain's "of" word and the act (pipeline/
links_after_chain.py): de "Art. 1 der Deleg. VO (EU) 2024/249", nl "artikel 3 van de
Gedel. Verordening", en "Article 3 of the Impl. Regulation" pin the act. A full stop
that ends a sentence still separates the chain from the next sentence's act."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> set[str]:
    return {c.key for c in citeresolve.extract(text, lang=lang)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Zuletzt geändert durch Art. 2 der Deleg. VO (EU) 2023/1131 vom 8.3.2023.",
            "CELEX:32023R1131:2",
        ),
        (
            "nl",
            "Gewijzigd bij artikel 2 van de Gedel. Verordening (EU) 2023/1131.",
            "CELEX:32023R1131:2",
        ),
        (
            "en",
            "As amended by Article 2 of the Deleg. Regulation (EU) 2023/1131.",
            "CELEX:32023R1131:2",
        ),
    ],
)
def test_abbreviated_word_in_gap(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)


def test_sentence_end_still_separates() -> None:
    keys = _keys("Es gilt Art. 3 des Gesetzes. Verordnung (EU) 2023/1131 gilt daneben.", "de")
    assert "CELEX:32023R1131:3" not in keys
    assert "CELEX:32023R1131" in keys
