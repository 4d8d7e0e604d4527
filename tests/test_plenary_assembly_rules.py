"""An EESC or CoR opinion's cover formula: "the Plenary Assembly decided … and appointed
Mr X as rapporteur-general under Rule 20 of the Rules of Procedure" cites the Committee's
own Rules (citation-keys.md, "Whose Rules of Procedure": in the texts of another body
they are that body's), no EP-RULES; the Plenary Assembly is the subject of the sentence
(the language files' rules.other_authors). The Parliament's own texts keep EP-RULES."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In view of the renewal of the Committee's term of office, the Plenary Assembly "
            "decided to vote on this opinion at its May plenary session and appointed Ms "
            "Smith as rapporteur-general under Rule 20 of the Rules of Procedure.",
        ),
        (
            "es",
            "Habida cuenta de la renovación del mandato del Comité, la Asamblea Plenaria ha "
            "decidido pronunciarse en el Pleno de mayo y ha nombrado ponente general a la "
            "Sra. García de conformidad con el artículo 20 del Reglamento interno.",
        ),
        (
            "fr",
            "Compte tenu du renouvellement du Comité, l'Assemblée plénière a décidé de se "
            "prononcer en mai et a désigné Mme Martin rapporteure générale, conformément à "
            "l'article 20 du règlement intérieur.",
        ),
        (
            "it",
            "Dato il rinnovo del Comitato, l'Assemblea plenaria ha deciso di pronunciarsi in "
            "maggio e ha nominato relatrice generale Rossi, conformemente all'articolo 20 del "
            "Regolamento interno.",
        ),
    ],
)
def test_committee_formula_is_no_ep_rule(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("EP-RULES")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "having regard to the opinion of the European Economic and Social Committee of "
            "11 July 2018, having regard to the provisional agreement approved by the "
            "committee responsible under Rule 69f(4) of its Rules of Procedure,",
            "EP-RULES:69f(4)",
        ),
        (
            "es",
            "Visto el artículo 59 de su Reglamento interno, el Parlamento Europeo aprueba",
            "EP-RULES:59",
        ),
        (
            "fr",
            "vu l'article 59 de son règlement intérieur, le Parlement européen adopte",
            "EP-RULES:59",
        ),
    ],
)
def test_parliament_rules_stay(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)
