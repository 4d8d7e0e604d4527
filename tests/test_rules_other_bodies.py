"""Whose Rules of Procedure (contract, "Whose Rules of Procedure"): another
institution's act cites its own Rules, and pl "regulamin pracowniczy" is the Staff
Regulations (data/lang/*.toml ``[rules] author_formulas``, ``other_rules``)."""

from __future__ import annotations

import pytest

import citeresolve


def rules(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "rules"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "DECISION OF THE EUROPEAN COUNCIL\n\nTHE EUROPEAN COUNCIL,\n\nWhereas:\n\n(2) the "
            "European Council may use the written procedure under Article 7 of its Rules of "
            "Procedure,",
        ),
        (
            "it",
            "DECISIONE DEL CONSIGLIO EUROPEO\n\nIL CONSIGLIO EUROPEO,\n\nconsiderando quanto "
            "segue:\n\n(2) il Consiglio europeo può ricorrere alla procedura scritta di cui "
            "all’articolo 7 del suo regolamento interno,",
        ),
        (
            "fr",
            "DÉCISION DU CONSEIL EUROPÉEN\n\nLE CONSEIL EUROPÉEN,\n\nconsidérant ce qui suit:\n\n"
            "(2) le Conseil européen peut recourir à la procédure écrite prévue à l'article 7 "
            "de son règlement intérieur,",
        ),
        (
            "pl",
            "Służba publiczna – Urzędnicy – Artykuł 5 ust. 2 załącznika XIII do regulaminu "
            "pracowniczego – Konkursy wewnętrzne",
        ),
    ],
)
def test_other_bodies_rules_are_no_ep_rules(lang: str, text: str) -> None:
    assert rules(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Parliament's own text keeps its Rules, whatever other body it names
        (
            "en",
            "The European Parliament,\n– having regard to the conclusions of THE EUROPEAN "
            "COUNCIL, of 12 May 2022,\n– having regard to Rule 54 of its Rules of Procedure,",
            [("EP-RULES:54", "Rule 54")],
        ),
        (
            "pl",
            "Parlament Europejski, uwzględniając art. 5 ust. 2 regulaminu pracowniczego "
            "oraz art. 54 Regulaminu,",
            [("EP-RULES:54", "art. 54")],
        ),
        (
            "it",
            "Il Parlamento europeo, vista la decisione del Consiglio europeo, visto "
            "l'articolo 54 del suo regolamento,",
            [("EP-RULES:54", "articolo 54")],
        ),
    ],
)
def test_parliament_texts_keep_their_rules(lang: str, text: str, expected: list) -> None:
    assert rules(text, lang) == expected
