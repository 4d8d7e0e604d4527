"""Irish "in particular" with the preposition its verb asks for before the pinpoint of the
act just named: ga "Tá feidhm ag Rialachán …, agus go háirithe ag pointe (b)
d'Airteagal 7(1) de" ("faoi", "le", "ar" likewise), as en "and in particular to point (b)
of Article 7(1) thereof", mt "u b'mod partikolari mal-Artikolu 7(1) tiegħu" and ro "și
în special la articolul 7" read."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "Tá feidhm ag Rialachán (AE) Uimh. 1215/2012, agus go háirithe ag pointe (b) "
            "d'Airteagal 7(1) de.",
            ["CELEX:32012R1215", "CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "ga",
            "Tá sé faoi réir Rialachán (AE) 2016/679, agus go háirithe faoi Airteagal 6(1) de.",
            ["CELEX:32016R0679", "CELEX:32016R0679:6(1)"],
        ),
        (
            "ga",
            "Tá sé i gcomhréir le Treoir 2006/112/CE, agus go háirithe le hAirteagal 168 di.",
            ["CELEX:32006L0112", "CELEX:32006L0112:168"],
        ),
        (
            "en",
            "This applies to Regulation (EU) No 1215/2012, and in particular to point (b) of "
            "Article 7(1) thereof.",
            ["CELEX:32012R1215", "CELEX:32012R1215:7(1)(b)"],
        ),
        (
            "mt",
            "Dan huwa konformi mar-Regolament (UE) Nru 1215/2012, u b'mod partikolari "
            "mal-Artikolu 7(1) tiegħu.",
            ["CELEX:32012R1215", "CELEX:32012R1215:7(1)"],
        ),
        (
            "ro",
            "Aceasta se referă la Regulamentul (UE) nr. 1215/2012, și în special la articolul "
            "7 alineatul (1) din acesta.",
            ["CELEX:32012R1215", "CELEX:32012R1215:7(1)"],
        ),
    ],
)
def test_in_particular_with_preposition(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
