"""A "thereof" that names an act's kind (de "dieser Richtlinie") in the sentence of an act
cited with its own date whose title repeals another stands for the titled act, not for
the act its title repeals."""

from __future__ import annotations

import pytest

import citeresolve

_DE = (
    "Art. 4 der Richtlinie 2011/83/EU des Europäischen Parlaments und des Rates vom 25."
    " Oktober 2011 über die Rechte der Verbraucher und zur Aufhebung der Richtlinie"
    " 85/577/EWG des Rates ist dahin auszulegen, dass die in Art. 6 dieser Richtlinie"
    " genannten Pflichten gelten"
)
_ES = (
    "El artículo 4 de la Directiva 2011/83/UE del Parlamento Europeo y del Consejo, de 25 de"
    " octubre de 2011, sobre los derechos de los consumidores, y por la que se deroga la"
    " Directiva 85/577/CEE del Consejo, debe interpretarse en el sentido de que las"
    " obligaciones del artículo 6 de dicha Directiva se aplican"
)
_FR = (
    "L'article 4 de la directive 2011/83/UE du Parlement européen et du Conseil, du 25"
    " octobre 2011, relative aux droits des consommateurs, et abrogeant la directive"
    " 85/577/CEE du Conseil, doit être interprété en ce sens que les obligations visées à"
    " l'article 6 de cette directive s'appliquent"
)


@pytest.mark.parametrize(("lang", "text"), [("de", _DE), ("es", _ES), ("fr", _FR)])
def test_thereof_is_the_titled_act(lang: str, text: str) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang)]
    assert "CELEX:32011L0083:6" in keys
    assert "CELEX:31985L0577:6" not in keys
