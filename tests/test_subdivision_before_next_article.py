"""A subdivision counted by an ordinal before the next article of a list ("Article
43(2) and the second subparagraph of Article 91(1) thereof"): the subdivision and its
"of" word belong to that next article, and the list goes on to the instrument named
after it, so the first article is that instrument's too (it was left without one)."""

from __future__ import annotations

import pytest

from citeresolve import extract


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 43(2) and the second subparagraph of Article 91(1) thereof,",
            ["TFEU:43(2)", "TFEU:91(1)"],
        ),
        (
            "en",
            "Having regard to the Treaty establishing the European Community, and in "
            "particular Article 133 in conjunction with the first sentence of the first "
            "subparagraph of Article 300(2) and the second subparagraph of Article 300(3) "
            "thereof,",
            ["TEC:133", "TEC:300(2)", "TEC:300(3)"],
        ),
        (
            "en",
            "as laid down in Article 5(1), first subparagraph, and the first indent of "
            "Article 7 of Regulation (EU) 2016/679,",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:7"],
        ),
        (
            "mt",
            "Wara li kkunsidra t-Trattat dwar il-Funzjonament tal-Unjoni Ewropea, u b'mod "
            "partikolari l-ewwel subparagrafu tal-Artikolu 43(2) u t-tieni subparagrafu "
            "tal-Artikolu 91(1) tiegħu,",
            ["TFEU:43(2)", "TFEU:91(1)"],
        ),
        # Languages whose article word carries its "of" read the same list already.
        (
            "ga",
            "ag féachaint don Chonradh ar Fheidhmiú an Aontais Eorpaigh, agus go háirithe "
            "an chéad fhomhír d'Airteagal 43(2) agus an dara fomhír d'Airteagal 91(1) den "
            "Chonradh sin,",
            ["TFEU:43(2)", "TFEU:91(1)"],
        ),
    ],
)
def test_subdivision_prefacing_the_next_article(lang: str, text: str, keys: list[str]) -> None:
    found = _keys(text, lang)
    for key in keys:
        assert key in found
