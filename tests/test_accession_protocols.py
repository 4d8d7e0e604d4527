"""Protocols of an Act of Accession are not the Protocols annexed to the Treaties
(citation-keys.md: "Protocols of pre-Lisbon Treaties and of other agreements are not
annotated"): neither the Protocol nor an article of it is keyed."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le régime prévu à l'article 2 du protocole n° 10 de l'acte d'adhésion de 2003."),
        ("en", "The arrangements under Article 2 of Protocol No 10 to the Act of Accession apply."),
        ("it", "L'articolo 1 del Protocollo n. 10 su Cipro sospende l'applicazione dell'acquis."),
        ("fi", "Pöytäkirja N:o 2 Ahvenanmaasta koskee välillisiä veroja."),
        ("sl", "Protokol št. 10\n\no Cipru določa začasno izjemo."),
        ("de", "Nach Artikel 2 des Protokolls Nr. 10 zur Beitrittsakte von 2003 gilt dies."),
    ],
)
def test_accession_protocol_not_keyed(lang: str, text: str) -> None:
    assert not [k for k in _keys(text, lang) if k.startswith("PROTOCOL-")], text


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("fr", "L'article 2 du protocole n° 2 sur la subsidiarité.", "PROTOCOL-2:2"),
        ("en", "Article 7 of Protocol No 2 on subsidiarity.", "PROTOCOL-2:7"),
        ("it", "Il Protocollo n. 10 sulla cooperazione strutturata permanente.", "PROTOCOL-10"),
    ],
)
def test_treaty_protocol_still_keyed(lang: str, text: str, key: str) -> None:
    assert key in _keys(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Según el Protocolo sobre la posición de Dinamarca, este Estado no participa."),
        ("en", "Under the Protocol on the position of Denmark, Denmark does not take part."),
        ("fr", "Conformément au protocole sur la position du Danemark, celui-ci ne participe pas."),
        ("de", "Nach dem Protokoll über die Position Dänemarks beteiligt sich Dänemark nicht."),
    ],
)
def test_protocol_on_denmark_by_its_title(lang: str, text: str) -> None:
    assert "PROTOCOL-22" in _keys(text, lang)


def test_protocol_title_under_an_older_number_is_not_keyed() -> None:
    # the 1997 numbering of a consolidated list, before Lisbon
    text = "20. Protocolo sobre la posición de Dinamarca\n\nLAS ALTAS PARTES CONTRATANTES,"
    assert "PROTOCOL-22" not in _keys(text, "es")
