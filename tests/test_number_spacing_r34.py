"""Numbers as conversion leaves them: a first footnote's "1" glued to a case year
before a comma (it "(Causa C-204/231 , …)"), an OJ page range with an em dash (hu
"48—100. o."), and an EP report number with a space after its hyphen (ro "A6-
0497/2007")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "(Causa C-415/211 , Rossi e a.)", ["CJEU:C-415/21"]),
        ("en", "(Case C-88/191 ; Alianța pentru combaterea abuzurilor)", ["CJEU:C-88/19"]),
        ("fr", "(Affaire T-12/221, Dupont contre Commission)", ["CJEU:T-12/22"]),
        # a marker 1 stands before it: this "1" is no first marker, nothing is read
        ("fr", "selon la Cour1 et la doctrine (Affaire C-12/221 , Dupont)", []),
        ("hu", "HL L 150., 2019.6.7., 20—35. o.", ["OJ:L:2019:150:20"]),
        ("lv", "OV L 150, 7.6.2019., 20.—35. lpp.", ["OJ:L:2019:150:20"]),
        ("ro", "raportul comisiei (A8- 0123/2018),", ["A-8-2018-0123"]),
        ("en", "the report (A9- 0259/2020) of the committee", ["A-9-2020-0259"]),
        ("de", "Bericht (A7- 0044/2013) des Ausschusses", ["A-7-2013-0044"]),
    ],
)
def test_number_as_converted(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
