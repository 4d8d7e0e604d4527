"""A recital cited with "of the preamble" between its number and its act: lt
"Reglamento (ES) 2021/1119 preambulės 3 konstatuojamoji dalis", lv "Regulas (ES)
2021/1119 preambulas 3. apsvērums" (the preamble's genitive between the act and the
number), hr "uvodna izjava 3. preambule Uredbe (EU) 2021/1119", sl "uvodna izjava 3
preambule Uredbe (EU) 2021/1119" (after the recital's number, before the act). The
recital is cited, and the act only through it; the preamble alone cites the act."""

from __future__ import annotations

import pytest

from citeresolve import extract

CLIMATE = "CELEX:32021R1119"
CRD = "CELEX:32011L0083"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Kaip nurodyta Reglamento (ES) 2021/1119 preambulės 3 konstatuojamojoje dalyje, "
            "neutralumo reikia pasiekti iki 2050 m.",
            [f"{CLIMATE}:recital-3"],
        ),
        (
            "lt",
            "Tai paaiškinta Direktyvos 2011/83/ES preambulės 12 ir 13 konstatuojamosiose dalyse.",
            [f"{CRD}:recital-12", f"{CRD}:recital-13"],
        ),
        (
            "lv",
            "Kā norādīts Regulas (ES) 2021/1119 preambulas 3. apsvērumā, klimatneitralitāte "
            "jāsasniedz līdz 2050. gadam.",
            [f"{CLIMATE}:recital-3"],
        ),
        (
            "lv",
            "To paskaidro Direktīvas 2011/83/ES preambulas 12. un 13. apsvērums.",
            [f"{CRD}:recital-12", f"{CRD}:recital-13"],
        ),
        ("lv", "Direktīvas 2011/83/ES preambulā ir teikts, ka", [CRD]),
        (
            "hr",
            "Kako je navedeno u uvodnoj izjavi 3. preambule Uredbe (EU) 2021/1119, "
            "klimatsku neutralnost treba postići do 2050.",
            [f"{CLIMATE}:recital-3"],
        ),
        (
            "hr",
            "To proizlazi iz uvodnih izjava 12. i 13. preambule Direktive 2011/83/EU.",
            [f"{CRD}:recital-12", f"{CRD}:recital-13"],
        ),
        ("hr", "U preambuli Uredbe (EU) 2021/1119 navodi se da", [CLIMATE]),
        (
            "sl",
            "Kot je navedeno v uvodni izjavi 3 preambule Uredbe (EU) 2021/1119, je treba "
            "podnebno nevtralnost doseči do leta 2050.",
            [f"{CLIMATE}:recital-3"],
        ),
        (
            "sl",
            "To izhaja iz uvodnih izjav 12 in 13 preambule Direktive 2011/83/EU.",
            [f"{CRD}:recital-12", f"{CRD}:recital-13"],
        ),
        ("sl", "V preambuli Uredbe (EU) 2021/1119 je navedeno, da", [CLIMATE]),
    ],
)
def test_recital_of_the_preamble(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in extract(text, lang=lang)] == expected
