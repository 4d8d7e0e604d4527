"""Protocol No 3 (the Statute of the Court of Justice) by the Court's abbreviation (de
"Satzung des EuGH", "EuGH-Satzung", fr "statut de la CJUE", pl "Statutu TSUE"), and
Protocol No 4 by its German short title "Protokoll über das ESZB und die EZB". The
ESCB and the ECB named without the Protocol, and other courts' statutes, are none."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("de", "Mit der Reform der Satzung des EuGH wird die Zuständigkeit geteilt.", "PROTOCOL-3"),
        ("de", "Nach Art. 23 EuGH-Satzung setzt das Gericht das Verfahren aus.", "PROTOCOL-3:23"),
        ("fr", "La modification du statut de la CJUE entre en vigueur.", "PROTOCOL-3"),
        ("nl", "Volgens artikel 20 van het Statuut van het HvJ is dat mogelijk.", "PROTOCOL-3:20"),
        ("it", "ai sensi dell'articolo 23 dello Statuto della CGUE il giudice", "PROTOCOL-3:23"),
        ("es", "conforme al artículo 23 del Estatuto del TJUE, el órgano", "PROTOCOL-3:23"),
        ("pt", "nos termos do artigo 23.º do Estatuto do TJUE, o órgão", "PROTOCOL-3:23"),
        ("pl", "zgodnie z art. 23 Statutu TSUE sąd krajowy", "PROTOCOL-3:23"),
        ("en", "under Article 23 of the Statute of the CJEU the court", "PROTOCOL-3:23"),
        (
            "de",
            "II. Rechtsrahmen\n\nB. Protokoll über das ESZB und die EZB\n\nC. Sonstiges",
            "PROTOCOL-4",
        ),
    ],
)
def test_statute_by_the_courts_abbreviation(lang: str, text: str, key: str) -> None:
    assert key in keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das ESZB und die EZB handeln unabhängig von Weisungen."),
        ("de", "Die Satzung des Bundesverfassungsgerichts bleibt unberührt."),
        ("fr", "Le statut de la Cour pénale internationale a été adopté à Rome."),
        ("es", "El Estatuto del Tribunal Constitucional regula su organización."),
    ],
)
def test_no_protocol_without_its_name(lang: str, text: str) -> None:
    assert not [k for k in keys(text, lang) if k.startswith("PROTOCOL")]
