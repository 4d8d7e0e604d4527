"""A possessive before the article word ("its Article 174") points to the instrument
the clause is about, in every case form the language declines it to: hr dative and
locative "u njegovu članku 174", "u njezinom članku 6", sl locative "v njegovem členu
174" (genitive forms as before); cs instrumental and genitive "s jejími články 7 a 8",
"podle jejího článku 57", sl instrumental "z njenimi členi 7 in 8", hr "njegovog članka"."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hr",
            "Člankom 175. Ugovora o funkcioniranju Europske unije zahtijeva se da države "
            "članice ostvaruju ciljeve kohezije utvrđene u njegovu članku 174.",
            ["TFEU:175", "TFEU:174"],
        ),
        (
            "hr",
            "Uredbom (EU) 2016/679 uređuje se obrada, kako je određeno u njezinom članku 6.",
            ["CELEX:32016R0679", "CELEX:32016R0679:6"],
        ),
        (
            "sl",
            "Člen 175 Pogodbe o delovanju Evropske unije zahteva, da države članice usklajujejo "
            "svoje politike za doseganje ciljev, določenih v njegovem členu 174.",
            ["TFEU:175", "TFEU:174"],
        ),
        (
            "sl",
            "Člen 175 Pogodbe o delovanju Evropske unije zahteva doseganje ciljev iz njegovega "
            "člena 174.",
            ["TFEU:175", "TFEU:174"],
        ),
        (
            "cs",
            "Návrh je v souladu s Listinou základních práv Evropské unie, zejména s jejími "
            "články 7 a 8.",
            ["CFR", "CFR:7", "CFR:8"],
        ),
        (
            "cs",
            "Zadavatel postupuje podle směrnice 2014/24/EU, zejména podle jejího článku 57.",
            ["CELEX:32014L0024", "CELEX:32014L0024:57"],
        ),
        (
            "sl",
            "Predlog je skladen z Uredbo (EU) 2016/679, zlasti z njenimi členi 7 in 8.",
            ["CELEX:32016R0679", "CELEX:32016R0679:7", "CELEX:32016R0679:8"],
        ),
        (
            "sl",
            "Naročnik ravna v skladu z Direktivo 2014/24/EU, zlasti z njenim členom 57.",
            ["CELEX:32014L0024", "CELEX:32014L0024:57"],
        ),
        (
            "hr",
            "Naručitelj postupa prema Direktivi 2014/24/EU, osobito prema odredbama njezinog "
            "članka 57.",
            ["CELEX:32014L0024", "CELEX:32014L0024:57"],
        ),
    ],
)
def test_a_declined_possessive_before_the_article(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
