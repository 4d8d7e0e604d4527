"""The plural of a treaty's name is the Treaties, not the TEU: hu "az EU-szerződések",
fi "EU-sopimusten", pl "Traktatów UE", ro "tratatelor UE" (each language's name read
with its "*" would match them; ``plural_forms`` keeps them out), while the singular
forms stay the TEU. And the Paris Agreement named as the climate agreement, in a
compound (et "Pariisi kliimakokkuleppega", de "Pariser Klimaabkommen")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hu", "Javaslatok az EU-szerződések módosítására a Parlament részéről.", []),
        ("hu", "A konvent az EU-Szerződések felülvizsgálatáról tárgyalt.", []),
        ("hu", "Az EU-Szerződés 48. cikke szerinti rendes eljárás.", ["TEU:48"]),
        ("hu", "Az EU-Szerződésben rögzített értékek.", ["TEU"]),
        ("fi", "Parlamentti ehdotti EU-sopimusten muuttamista.", []),
        ("fi", "EU-sopimukset eivät mainitse asiaa.", []),
        ("fi", "EU-sopimuksen 48 artiklan mukainen menettely.", ["TEU:48"]),
        ("pl", "Parlament proponuje zmianę Traktatów UE w kilku punktach.", []),
        ("pl", "Zgodnie z art. 48 Traktatu UE Parlament może wystąpić z wnioskiem.", ["TEU:48"]),
        ("ro", "Parlamentul propune revizuirea tratatelor UE.", []),
        ("ro", "Articolul 48 din Tratatul UE prevede procedura.", ["TEU:48"]),
        ("en", "The Parliament proposes amendments to the EU Treaties.", []),
        ("de", "Das Parlament schlägt eine Änderung der EU-Verträge vor.", []),
        ("fr", "Le Parlement propose une révision des traités de l'UE.", []),
    ],
)
def test_treaty_plural_is_no_teu(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "Liit on ühinenud Pariisi kliimakokkuleppega ja täidab selle eesmärke.",
            ["PARIS-AGREEMENT"],
        ),
        ("et", "Pariisi kliimakokkuleppe artikli 4 kohased kohustused.", ["PARIS-AGREEMENT:4"]),
        ("de", "Die Ziele des Pariser Klimaabkommens sind verbindlich.", ["PARIS-AGREEMENT"]),
        ("en", "The Union is a party to the Paris Climate Agreement.", ["PARIS-AGREEMENT"]),
        ("lv", "Savienība ir Parīzes klimata nolīguma puse.", ["PARIS-AGREEMENT"]),
        ("nl", "De Unie heeft het Klimaatakkoord van Parijs geratificeerd.", ["PARIS-AGREEMENT"]),
    ],
)
def test_paris_climate_agreement_names(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
