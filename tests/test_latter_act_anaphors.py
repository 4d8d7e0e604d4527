""" "The latter directive": an anaphor of the act of that kind cited last, as in a
judgment's keywords "Directive (EU) 2018/843 amending Directive (EU) 2015/849 –
Amendment of Article 30(5) of the latter directive". bg "последната директива", de
"letztgenannte Richtlinie", it "quest'ultima direttiva" join nl "laatstgenoemde
richtlijn", fr "cette dernière directive" and es "esta última Directiva", read before."""

from __future__ import annotations

import pytest

import citeresolve

L843, L849 = "CELEX:32018L0843", "CELEX:32015L0849"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "bg",
            "Директива (ЕС) 2018/843 изменя Директива (ЕС) 2015/849. Съгласно член 30, "
            "параграф 5, буква в) от последната директива всеки има достъп.",
            [L843, L849, f"{L849}:30(5)(c)"],
        ),
        (
            "en",
            "Directive (EU) 2018/843 amended Directive (EU) 2015/849; under Article 31(4) of "
            "the latter Directive the register is public.",
            [L843, L849, f"{L849}:31(4)"],
        ),
        (
            "de",
            "Die Richtlinie (EU) 2018/843 änderte die Richtlinie (EU) 2015/849; nach Art. 30 "
            "Abs. 5 der letztgenannten Richtlinie ist das Register zugänglich.",
            [L843, L849, f"{L849}:30(5)"],
        ),
        (
            "it",
            "La direttiva (UE) 2018/843 ha modificato la direttiva (UE) 2015/849; l'articolo 30, "
            "paragrafo 5, di quest'ultima direttiva prevede l'accesso.",
            [L843, L849, f"{L849}:30(5)"],
        ),
        # of its kind: the regulation cited last, not the directive named after it
        (
            "bg",
            "Регламент (ЕС) 2016/679 отмени Директива 95/46/ЕО. Член 5 от последния регламент "
            "урежда принципите.",
            ["CELEX:32016R0679", "CELEX:31995L0046", "CELEX:32016R0679:5"],
        ),
    ],
)
def test_the_latter_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no act of its kind cited before: nothing
        ("en", "Article 4 of the latter Directive applies."),
        ("bg", "Член 4 от последната директива се прилага."),
        ("de", "Art. 4 der letztgenannten Richtlinie gilt."),
    ],
)
def test_no_act_before(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
