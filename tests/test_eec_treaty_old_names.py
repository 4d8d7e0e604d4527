"""Older names of the EEC Treaty: French "le traité de la CEE" (with the article, as
course materials and commentaries write it) and the Greek name of the EEC Treaty in the
OJ of the 1980s, "συνθήκη περί ιδρύσεως της Ευρωπαϊκής Οικονομικής Κοινότητος" (the
old genitive "Κοινότητος"), names of ``TEC`` in data/lang/fr.toml and el.toml."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "il remarque aussi qu’il n’est pas « indifférent de savoir quelles répercussions"
            " auraient pu avoir sur l’unité du marché : l’absence de tout effet direct du"
            " traité de la CEE, le déclin de la procédure de l’article 177 »",
            ["TEC"],
        ),
        (
            "fr",
            "la procédure de l'article 177 du traité de la CEE et l'article 95 du traité de la CE",
            ["TEC:177", "TEC:95"],
        ),
        (
            "el",
            "Έκτη οδηγία 77/388/ΕΟΚ του Συμβουλίου της 17ης Μαΐου 1977 ΤΟ ΣΥΜΒΟΥΛΙΟ ΤΩΝ"
            " ΕΥΡΩΠΑΪΚΩΝ ΚΟΙΝΟΤΗΤΩΝ, Έχοντας υπόψη : τη συνθήκη περί ιδρύσεως της Ευρωπαϊκής"
            " Οικονομικής Κοινότητος, και ιδίως τα άρθρα 99 και 100, την πρόταση της Επιτροπής,",
            ["CELEX:31977L0388", "TEC", "TEC:99", "TEC:100"],
        ),
        (
            "el",
            "σύμφωνα με τις διατάξεις του άρθρου 177 της Συνθήκης περί ιδρύσεως της Ευρωπαϊκής"
            " Οικονομικής Κοινότητος",
            ["TEC:177"],
        ),
    ],
)
def test_old_names_of_the_eec_treaty(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The ECSC Treaty: no key covers it, and "traité de la CE" is no prefix of it.
        ("fr", "l'article 4 du traité de la CECA"),
        ("el", "η Συνθήκη περί ιδρύσεως της Ευρωπαϊκής Κοινότητος Άνθρακος και Χάλυβος, άρθρο 4"),
        # A national law's article.
        ("el", "Το άρθρο 11, παράγραφοι 1 και 2, του ελληνικού νόμου 1571/85"),
    ],
)
def test_other_treaties_and_laws_stay_unkeyed(lang: str, text: str) -> None:
    assert keys(text, lang) == []
