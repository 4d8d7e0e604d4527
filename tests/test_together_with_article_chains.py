"""Pinned Treaty articles joined by a "together with" connector share the Treaty named last.

"i gcomhréir le hAirteagail 207(3) agus 207(4), i dteannta Airteagal 218(6) … den Chonradh":
the Irish "i dteannta" joins the chain like English "in conjunction with" and German
"in Verbindung mit"; without it the first articles lost their Treaty.
"""

from __future__ import annotations

import pytest

from citeresolve import extract

CASES = [
    (
        "ga",
        "ag féachaint don iarraidh ar thoiliú a thíolaic an Chomhairle i gcomhréir le "
        "hAirteagail 207(3) agus 207(4), an chéad fhomhír, i dteannta Airteagal 218(6), "
        "an dara fomhír, pointe (a)(v), agus Airteagal 218(7) den Chonradh ar Fheidhmiú "
        "an Aontais Eorpaigh (CFAE),",
    ),
    (
        "en",
        "having regard to the request for consent submitted by the Council in accordance "
        "with Articles 207(3) and 207(4), first subparagraph, in conjunction with Article "
        "218(6), second subparagraph, point (a)(v), and Article 218(7) of the Treaty on the "
        "Functioning of the European Union (TFEU),",
    ),
    (
        "de",
        "unter Hinweis auf das von dem Rat gemäß Artikel 207 Absatz 3 und Absatz 4 "
        "Unterabsatz 1 in Verbindung mit Artikel 218 Absatz 6 Unterabsatz 2 Buchstabe a "
        "Ziffer v und Artikel 218 Absatz 7 des Vertrags über die Arbeitsweise der "
        "Europäischen Union (AEUV) unterbreitete Ersuchen um Zustimmung,",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_together_with_keeps_the_treaty(lang: str, text: str) -> None:
    keys = {c.key for c in extract(text, lang=lang)}
    assert {"TFEU:207(3)", "TFEU:207(4)", "TFEU:218(7)"} <= keys


def test_irish_together_with_alone() -> None:
    text = (
        "i gcomhréir le hAirteagail 207(3) agus 207(4), i dteannta Airteagal 218(6) den "
        "Chonradh ar Fheidhmiú an Aontais Eorpaigh (CFAE),"
    )
    keys = {c.key for c in extract(text, lang="ga")}
    assert {"TFEU:207(3)", "TFEU:207(4)", "TFEU:218(6)"} <= keys
