"""A reference word with the words that make it another act than the last of its kind
(es "el anexo II del Reglamento de aplicación": the implementing regulation's annex, cited
after the regulation it implements) points back to nothing: no article or annex takes
the regulation cited last. The bare reference word still does."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El Reglamento (CE) n.º 139/2004 regula las concentraciones. El formulario CO "
            "abreviado constituye el anexo II del Reglamento de aplicación.",
        ),
        (
            "fr",
            "Le règlement (CE) nº 139/2004 régit les concentrations. Le formulaire CO "
            "simplifié figure à l'annexe II du règlement d'application.",
        ),
        (
            "it",
            "Il regolamento (CE) n. 139/2004 disciplina le concentrazioni. Il formulario CO "
            "semplificato figura nell'allegato II del regolamento di esecuzione.",
        ),
        (
            "pt",
            "O Regulamento (CE) n.º 139/2004 regula as concentrações. O formulário CO "
            "simplificado consta do anexo II do Regulamento de Execução.",
        ),
    ],
)
def test_annex_of_the_implementing_regulation(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32004R0139"]


@pytest.mark.parametrize(
    ("lang", "text", "pin"),
    [
        (
            "es",
            "El Reglamento (CE) n.º 139/2004 regula las concentraciones. El artículo 4 del "
            "Reglamento fija los plazos.",
            "CELEX:32004R0139:4",
        ),
        (
            "it",
            "Il regolamento (CE) n. 139/2004 disciplina le concentrazioni. L'articolo 4 del "
            "regolamento fissa i termini.",
            "CELEX:32004R0139:4",
        ),
        # the implementing regulation cited with its number is that act
        (
            "fr",
            "Le règlement d'exécution (UE) 2023/914 fixe les formulaires; son annexe II "
            "figure à l'article 3 du règlement d'exécution (UE) 2023/914.",
            "CELEX:32023R0914:3",
        ),
    ],
)
def test_reference_word_alone_still_points_back(lang: str, text: str, pin: str) -> None:
    assert pin in keys(text, lang)
