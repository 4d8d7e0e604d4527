"""A possessive or "thereof" in a phrase that opens its sentence points to the sentence's
subject named right after the phrase's comma ("Under its Article 10, Regulation … expires"),
not to an act of the sentence before; with no subject right after the comma, the sentence
before still owns it."""

from __future__ import annotations

import pytest

import citeresolve

R1232 = "CELEX:32021R1232"
L58 = "CELEX:32002L0058"
R1346 = "CELEX:32000R1346"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La directive 2002/58/CE est modifiée. Selon son considérant 4, le règlement "
            "(UE) 2021/1232 est temporaire.",
            [L58, f"{R1232}:recital-4", R1232],
        ),
        (
            "fr",
            "Le règlement n° 1346/2000\n\n2 Conformément à son article 3, le règlement "
            "n° 1346/2000 s'applique aux procédures collectives.",
            [R1346, f"{R1346}:3", R1346],
        ),
        (
            "es",
            "La Directiva 2002/58/CE se modifica. Según su artículo 10, el Reglamento (UE) "
            "2021/1232 expira en 2024.",
            [L58, f"{R1232}:10", R1232],
        ),
        (
            "mt",
            "Id-Direttiva 2002/58/KE tapplika.\n\nKif jingħad fil-Premessa 7 tiegħu, "
            "ir-Regolament (UE) 2021/1232 huwa temporanju.",
            [L58, f"{R1232}:recital-7", R1232],
        ),
        (
            "mt",
            "Id-Direttiva 2002/58/KE tapplika. Skont l-Artikolu 10, it-tieni subparagrafu "
            "tiegħu, ir-Regolament (UE) 2021/1232 jiskadi fl-2024.",
            [L58, f"{R1232}:10", R1232],
        ),
    ],
)
def test_the_subject_after_the_phrase_owns_it(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_english_subject_after_the_phrase() -> None:
    text = (
        "Directive 2002/58/EC is amended. Under its Article 10, Regulation (EU) 2021/1232 lapses."
    )
    assert f"{R1232}:10" in keys(text, "en")
    assert f"{L58}:10" not in keys(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the subject after the comma is no instrument: the sentence before owns it
        (
            "en",
            "Directive 2002/58/EC is amended. Under its Article 10, the Member States apply "
            "Regulation (EU) 2021/1232.",
            [L58, f"{L58}:10", R1232],
        ),
        (
            "fr",
            "La directive 2002/58/CE est modifiée. Selon son article 10, les États membres "
            "appliquent le règlement (UE) 2021/1232.",
            [L58, f"{L58}:10", R1232],
        ),
        # an instrument named before the chain in its sentence: not a fronted phrase
        (
            "es",
            "Según la Directiva 2002/58/CE y su artículo 10, el Reglamento (UE) 2021/1232 expira.",
            [L58, f"{L58}:10", R1232],
        ),
    ],
)
def test_no_subject_right_after_the_phrase(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
