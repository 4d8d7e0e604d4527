"""A legal database's field of the page's own act number (nl "regelingnummer:
2014/61/EU" in the source line under the page's title) is the page's data, not a
citation; the same number cited again in a sentence, or after a label that is no such
field, still is."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Richtlijn 2013/53/EU betreffende pleziervaartuigen\n- Bronpublicatie:\n"
        "20-11-2013, PbEU 2013, L 354 (uitgifte: 28-12-2013, regelingnummer: 2013/53/EU)\n",
        "Richtlijn 2013/53/EU betreffende pleziervaartuigen\nRegelingnummer : 2013/53/EU\n",
    ],
)
def test_field_of_the_pages_own_number_is_no_citation(text: str) -> None:
    assert keys(text, "nl").count("CELEX:32013L0053") == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Richtlijn 2013/53/EU is van toepassing. De werkingssfeer van 2013/53/EU is ruim."),
        ("en", "Directive 2013/53/EU applies. The scope of 2013/53/EU is wide."),
        ("de", "Die Richtlinie 2013/53/EU gilt. Der Anwendungsbereich: 2013/53/EU ist weit."),
        ("fr", "La directive 2013/53/UE s'applique. Champ d'application de la 2013/53/UE."),
    ],
)
def test_a_number_cited_again_is_still_the_act(lang: str, text: str) -> None:
    assert keys(text, lang).count("CELEX:32013L0053") == 2
