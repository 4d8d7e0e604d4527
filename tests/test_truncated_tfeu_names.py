"""The TFEU's name cut short after "Functioning" (fr "traité sur le fonctionnement", it
"trattato sul funzionamento", nl "Verdrag betreffende de werking", de "Vertrag über die
Arbeitsweise", es "Tratado de Funcionamiento"): the TFEU, never the TEU named before."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le texte invoque l'article 3, paragraphe 5, du traité UE et les articles 207 et "
            "218 du traité sur le fonctionnement.",
            ["TEU:3(5)", "TFEU:207", "TFEU:218"],
        ),
        (
            "it",
            "La risoluzione richiama l'articolo 21 del TUE e gli articoli 207 e 218 del "
            "trattato sul funzionamento.",
            ["TEU:21", "TFEU:207", "TFEU:218"],
        ),
        (
            "nl",
            "Het Parlement verwijst naar artikel 21 VEU en naar de artikelen 207 en 218 van "
            "het Verdrag betreffende de werking.",
            ["TEU:21", "TFEU:207", "TFEU:218"],
        ),
        (
            "de",
            "Die Entschließung stützt sich auf Art. 21 EUV und Art. 218 des Vertrags über die "
            "Arbeitsweise.",
            ["TEU:21", "TFEU:218"],
        ),
        (
            "es",
            "El Parlamento cita el artículo 21 del TUE y el artículo 218 del Tratado de "
            "Funcionamiento.",
            ["TEU:21", "TFEU:218"],
        ),
        # the whole name still reads as one
        (
            "fr",
            "Vu le traité sur le fonctionnement de l'Union européenne, et notamment son "
            "article 114,",
            ["TFEU", "TFEU:114"],
        ),
    ],
)
def test_truncated_tfeu_names(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
