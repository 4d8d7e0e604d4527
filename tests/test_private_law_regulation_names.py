"""The private international law regulations by their usual names in the languages whose
names were missing: Brussels I, I bis (Ia), IIa and Rome III in pt, pl, lt, lv, hu, et,
sl and mt, as court judgments and law-firm pages cite them ("artigo 25.º do Regulamento
Bruxelas I-A", "a Brüsszel Ia rendelet 25. cikke", "25. člen Uredbe Bruselj Ia")."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Nos termos do artigo 25.º do Regulamento Bruxelas I-A e do artigo 5.º, n.º 1, "
            "do Regulamento Bruxelas I, o tribunal é competente.",
            ["CELEX:32012R1215:25", "CELEX:32001R0044:5(1)"],
        ),
        (
            "hu",
            "a Brüsszel Ia rendelet 25. cikke és a Brüsszel IIa rendelet 8. cikke alapján",
            ["CELEX:32012R1215:25", "CELEX:32003R2201:8"],
        ),
        (
            "sl",
            "Sodišče je pristojno po 25. členu Uredbe Bruselj Ia in 8. členu Uredbe Bruselj IIa.",
            ["CELEX:32012R1215:25", "CELEX:32003R2201:8"],
        ),
        ("et", "Brüsseli Ia määruse artikkel 25 ei ole kohaldatav.", ["CELEX:32012R1215:25"]),
        ("lv", "Saskaņā ar Briseles Ia regulas 25. pantu", ["CELEX:32012R1215:25"]),
        ("lt", "Pagal Briuselio Ia reglamento 25 straipsnį", ["CELEX:32012R1215:25"]),
        ("mt", "skont l-Artikolu 25 tar-Regolament Brussell I bis", ["CELEX:32012R1215:25"]),
        (
            "pl",
            "art. 8 rozporządzenia Bruksela II bis oraz art. 5 rozporządzenia Rzym III",
            ["CELEX:32003R2201:8", "CELEX:32010R1259:5"],
        ),
        # the city in a date line is no regulation
        ("et", "Brüssel, 12.3.2020. Komisjoni nimel", []),
        ("sl", "Bruselj, 12. marca 2020", []),
    ],
)
def test_private_law_regulations_by_name(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
