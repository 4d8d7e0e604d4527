"""Protocol No 2 named by its title, without its number: fr "article 8 du protocole sur
l'application des principes de subsidiarité et de proportionnalité", sk "článku 8
Protokolu o uplatňovaní zásad subsidiarity a proporcionality", de, es, it, nl, en."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Les assemblées peuvent former un recours au titre de l'article 6 du protocole sur"
            " l'application des principes de subsidiarité et de proportionnalité.",
            ["PROTOCOL-2:6"],
        ),
        (
            "sk",
            "Národné parlamenty môžu podľa článku 6 Protokolu o uplatňovaní zásad subsidiarity"
            " a proporcionality zaslať odôvodnené stanovisko.",
            ["PROTOCOL-2:6"],
        ),
        (
            "de",
            "Nach Artikel 7 des Protokolls über die Anwendung der Grundsätze der Subsidiarität"
            " und der Verhältnismäßigkeit wird der Entwurf überprüft.",
            ["PROTOCOL-2:7"],
        ),
        (
            "es",
            "De conformidad con el artículo 7 del Protocolo sobre la aplicación de los principios"
            " de subsidiariedad y proporcionalidad, el proyecto se revisa.",
            ["PROTOCOL-2:7"],
        ),
        (
            "en",
            "Under Article 7 of the Protocol on the application of the principles of"
            " subsidiarity and proportionality, the draft must be reviewed.",
            ["PROTOCOL-2:7"],
        ),
    ],
)
def test_protocol_by_title(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The principles of subsidiarity and proportionality govern the use of powers."),
        ("fr", "le respect des principes de subsidiarité et de proportionnalité par la Commission"),
        ("de", "das Protokoll über die Anwendung der Grundsätze der Stadtplanung"),
    ],
)
def test_no_protocol_without_its_title(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
