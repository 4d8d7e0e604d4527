"""A national parliament's text may name only its European affairs committee, not the
chamber (fr "la délégation pour l'Union européenne", "la commission des affaires
européennes", it "la Commissione Politiche dell'Unione europea", es "la Comisión Mixta
para la Unión Europea"): such a text that never names the European Parliament is the
chamber's, and its bare "du règlement" / "del regolamento" / "del Reglamento" is the
chamber's own Rules, no EP Rule (contract: "in the texts of another body they are that
body's"). The committees are data (rules.national_chambers). A text that names the
Parliament, or cites a regulation, keeps its keys."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "M. le président. J'ai reçu de M. Dupont une proposition de résolution, présentée "
            "au nom de la délégation pour l'Union européenne en application de l'article 73 "
            "bis du règlement, sur la proposition de décision du Conseil.",
        ),
        (
            "fr",
            "La commission des affaires européennes a déposé, en application de l'article 73 "
            "octies du règlement, une proposition de résolution.",
        ),
        (
            "it",
            "La Commissione Politiche dell'Unione europea, ai sensi dell'articolo 127 del "
            "regolamento, ha approvato un documento finale sulla proposta di direttiva.",
        ),
        (
            "es",
            "La Comisión Mixta para la Unión Europea, de conformidad con el artículo 46 del "
            "Reglamento, aprobó el informe sobre la propuesta de reglamento.",
        ),
    ],
)
def test_committee_text_rules_are_the_chambers(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("EP-RULES")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the Parliament named: its Rules
        (
            "fr",
            "Le Parlement européen, vu l'article 73 bis de son règlement, et la commission "
            "des affaires européennes,",
            ["EP-RULES:73a"],
        ),
        # a regulation cited: the regulation's article
        (
            "it",
            "La Commissione Politiche dell'Unione europea richiama l'articolo 5 del "
            "regolamento (UE) 2016/679.",
            ["CELEX:32016R0679:5"],
        ),
        # no committee, no chamber: the Parliament's Rules as before
        (
            "es",
            "El Parlamento Europeo, visto el artículo 46 de su Reglamento interno,",
            ["EP-RULES:46"],
        ),
    ],
)
def test_other_texts_keep_their_keys(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
