"""The Euratom Treaty named with the Community's abbreviation in brackets inside its
name, as genitive-first languages write it (hu "az Európai Atomenergia-közösséget
(EURATOM) létrehozó szerződésre, különösen annak 106a. cikkére"): the whole is the
Treaty's name, and "thereof" after it is the Euratom Treaty, not the TFEU cited before."""

from __future__ import annotations

import pytest

from citeresolve import extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "hu",
            "tekintettel az Európai Unió működéséről szóló szerződésre és különösen annak "
            "295. cikkére, valamint az Európai Atomenergia-közösséget (EURATOM) létrehozó "
            "szerződésre, különösen annak 106a. cikkére,",
        ),
        (
            "lt",
            "atsižvelgdama į Sutartį dėl Europos Sąjungos veikimo, ypač į jos 295 straipsnį, "
            "ir į Europos atominės energijos bendrijos (Euratomo) steigimo sutartį, ypač į "
            "jos 106a straipsnį,",
        ),
        (
            "et",
            "võttes arvesse Euroopa Liidu toimimise lepingut, eriti selle artiklit 295, ja "
            "Euroopa Aatomienergiaühenduse (Euratom) asutamislepingut, eriti selle "
            "artiklit 106a,",
        ),
    ],
)
def test_bracketed_abbreviation_inside_the_name(lang: str, text: str) -> None:
    assert [c.key for c in extract(text, lang=lang)] == [
        "TFEU",
        "TFEU:295",
        "EAEC",
        "EAEC:106a",
    ]
