"""An EU act cited as Romanian laws are cited, by its number and its date in place of the
number's year: insurers' privacy pages write "cu prevederile Regulamentului UE nr. 679 din
27.04.2016 privind protecția persoanelor fizice" (Regulation (EU) 2016/679), as Italian
pages write "Regolamento UE n. 679 del 27 aprile 2016". The Union is required: "Legea nr.
677 din 21.11.2001" and a national body's "Regulamentul BNR nr. 5 din 20 decembrie 2013"
are national acts."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ro",
            "SIGNAL IDUNA ASIGURARE REASIGURARE S.A. colectează și prelucrează date cu caracter "
            "personal în conformitate cu prevederile Legii nr. 677 din 21.11.2001, iar din "
            "25.05.2018 și cu prevederile Regulamentului UE nr. 679 din 27.04.2016 privind "
            "protecția persoanelor fizice, numit în continuare GDPR.",
            [("CELEX:32016R0679", "Regulamentului UE nr. 679 din 27.04.2016")],
        ),
        (
            "ro",
            "Regulamentul (UE) nr. 679 din 27 aprilie 2016 privind protecția persoanelor fizice",
            [("CELEX:32016R0679", "Regulamentul (UE) nr. 679 din 27 aprilie 2016")],
        ),
        (
            "ro",
            "Fișa cu date de securitate conform Regulamentului CE nr. 1907 din 18 decembrie 2006",
            [("CELEX:32006R1907", "Regulamentului CE nr. 1907 din 18 decembrie 2006")],
        ),
        (
            "ro",
            "transpune Directiva UE nr. 1937 din 23 octombrie 2019 privind avertizorii",
            [("CELEX:32019L1937", "Directiva UE nr. 1937 din 23 octombrie 2019")],
        ),
        # the number with its year keeps its reading; the date after it changes nothing
        (
            "ro",
            "Regulamentul (UE) nr. 1169/2011 din 25 octombrie 2011 privind informarea",
            [("CELEX:32011R1169", "Regulamentul (UE) nr. 1169/2011")],
        ),
        # the Italian form, unchanged
        (
            "it",
            "ai sensi del Regolamento UE n. 679 del 27 aprile 2016",
            [("CELEX:32016R0679", "Regolamento UE n. 679 del 27 aprile 2016")],
        ),
        # national acts: no Union before the number
        ("ro", "în conformitate cu prevederile Legii nr. 677 din 21.11.2001", []),
        ("ro", "potrivit Regulamentului BNR nr. 5 din 20 decembrie 2013", []),
        ("ro", "Hotărârea Guvernului nr. 668 din 14 septembrie 2017", []),
        (
            "ro",
            "publicat în Jurnalul Oficial al Uniunii Europene nr. 304 din 22 noiembrie 2011",
            [],
        ),
    ],
)
def test_number_and_date(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected
