"""The Statute of the Court annexed to the EC Treaty before Lisbon is no Protocol No 3
(citation-keys.md: Protocols of pre-Lisbon Treaties are not annotated), and its
articles are no articles of the EC Treaty: el "του Οργανισμού του Δικαστηρίου ΕΚ", en
"the EC Statute of the Court of Justice", fr "statut de la Cour de justice CE". The
Statute of the Court of Justice of the European Union stays PROTOCOL-3."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "σύμφωνα με το άρθρο 20, πέμπτο εδάφιο, του Οργανισμού του Δικαστηρίου ΕΚ"),
        ("el", "βάσει του άρθρου 23 του Οργανισμού του Δικαστηρίου ΕΚ υπέβαλε"),
        ("en", "Under Article 23 of the EC Statute of the Court of Justice the court referred"),
        ("en", "Article 20 of the Statute of the Court of Justice EC applies"),
        ("fr", "en vertu de l'article 20 du statut de la Cour de justice CE"),
    ],
)
def test_pre_lisbon_statute(lang: str, text: str) -> None:
    keys = _keys(text, lang)
    assert not [k for k in keys if k.startswith(("PROTOCOL-3", "TEC"))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "το άρθρο 20 του Οργανισμού του Δικαστηρίου της Ευρωπαϊκής Ένωσης", "PROTOCOL-3:20"),
        (
            "en",
            "Article 53 of the Statute of the Court of Justice of the European Union",
            "PROTOCOL-3:53",
        ),
        (
            "fr",
            "l'article 20 du statut de la Cour de justice de l'Union européenne",
            "PROTOCOL-3:20",
        ),
        ("en", "Article 234 EC and Article 20 of the Statute of the Court of Justice", "TEC:234"),
    ],
)
def test_statute_and_ec_treaty_stay(lang: str, text: str, expected: str) -> None:
    assert expected in _keys(text, lang)
