"""An acronym defined in brackets right after a national act's name, which it spells
from the national act's word on (pl "w ustawie o publicznym transporcie zbiorowym
(dalej UPTZ)", it "la legge sul procedimento amministrativo (di seguito LPA)", fr "la
loi informatique et libertés (ci-après LIL)"), names that national act, not the EU act
named before it: "art. 19 UPTZ" is no EU citation (contract: an article of a national
act gets no key)."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "pl",
            "Wytyczne dotyczą rozporządzenia (WE) nr 1370/2007 dotyczącego usług publicznych "
            "w zakresie kolejowego i drogowego transportu pasażerskiego.\n"
            "Poniżej zaprezentowane zostaną zasady opisane w ustawie o publicznym transporcie "
            "zbiorowym (dalej UPTZ). Zasady wynikające z rozporządzenia zostały zaprezentowane "
            "osobno.\nart. 19 UPTZ\n1. Organizator dokonuje wyboru operatora.",
            ["CELEX:32007R1370"],
        ),
        (
            "it",
            "Il regolamento (UE) 2016/679 e la legge sul procedimento amministrativo (di "
            "seguito LPA) si applicano insieme. L'articolo 22 LPA disciplina l'accesso.",
            [GDPR],
        ),
        (
            "fr",
            "Le règlement (UE) 2016/679 complète la loi informatique et libertés (ci-après "
            "LIL). L'article 8 LIL dispose que les données sensibles sont protégées.",
            [GDPR],
        ),
    ],
)
def test_acronym_of_a_national_act_is_not_the_eu_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the acronym spells no national act's name: the EU act's own
        (
            "pl",
            "Rozporządzenie (UE) 2016/679 (dalej RODO) stosuje się od 2018 r. Zgodnie z art. 6 "
            "RODO przetwarzanie jest zgodne z prawem.",
        ),
        (
            "it",
            "Il regolamento (UE) 2016/679 (di seguito RGPD) si applica dal 2018. L'articolo 6 "
            "RGPD disciplina la liceità.",
        ),
    ],
)
def test_acronym_of_the_eu_act_still_names_it(lang: str, text: str) -> None:
    assert f"{GDPR}:6" in _keys(text, lang)
