"""A reference word inside the title of a dated act that supplements or implements
another act names that other act: "Delegated Regulation (EU) 2022/25 of 22 September
2021 supplementing Regulation (EU) 2019/2033 … the K-factors referred to in Article 15
of that Regulation" is Article 15 of 2019/2033, the act the title names last (contract:
an anaphor points to the instrument it stands for). A title that amends or repeals the
acts it names leaves the reference to the titled act."""

from __future__ import annotations

import pytest

from citeresolve import extract

TITLED = "CELEX:32022R0025"
NAMED = "CELEX:32019R2033"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "COMMISSION DELEGATED REGULATION (EU) 2022/25\nof 22 September 2021\n"
            "supplementing Regulation (EU) 2019/2033 of the European Parliament and of the "
            "Council with regard to regulatory technical standards specifying the methods for "
            "measuring the K-factors referred to in Article 15 of that Regulation",
        ),
        (
            "pl",
            "ROZPORZĄDZENIE DELEGOWANE KOMISJI (UE) 2022/25\nz dnia 22 września 2021 r.\n"
            "uzupełniające rozporządzenie Parlamentu Europejskiego i Rady (UE) 2019/2033 w "
            "odniesieniu do regulacyjnych standardów technicznych określających metody pomiaru "
            "współczynników K, o których mowa w art. 15 tego rozporządzenia",
        ),
        (
            "de",
            "DELEGIERTE VERORDNUNG (EU) 2022/25 DER KOMMISSION\nvom 22. September 2021\n"
            "zur Ergänzung der Verordnung (EU) 2019/2033 des Europäischen Parlaments und des "
            "Rates durch technische Regulierungsstandards zur Festlegung der Methoden für die "
            "Messung der K-Faktoren gemäß Artikel 15 der genannten Verordnung",
        ),
        (
            "fr",
            "RÈGLEMENT DÉLÉGUÉ (UE) 2022/25 DE LA COMMISSION\ndu 22 septembre 2021\n"
            "complétant le règlement (UE) 2019/2033 du Parlement européen et du Conseil par des "
            "normes techniques de réglementation précisant les méthodes de mesure des facteurs "
            "K visées à l'article 15 dudit règlement",
        ),
    ],
)
def test_reference_in_title_names_the_supplemented_act(lang: str, text: str) -> None:
    assert _keys(text, lang) == [TITLED, NAMED, f"{NAMED}:15"]


def test_title_that_repeals_keeps_the_titled_act() -> None:
    text = (
        "Directive 2009/28/EC of the European Parliament and of the Council of 23 April 2009 "
        "on the promotion of the use of energy from renewable sources and amending and "
        "subsequently repealing Directives 2001/77/EC and 2003/30/EC (OJ L 140, 5.6.2009, "
        "p. 16), Article 27(1) of that directive"
    )
    assert _keys(text, "en")[-1] == "CELEX:32009L0028:27(1)"
