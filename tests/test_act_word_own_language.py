"""An act word is read in the text's own language before other languages' meanings:
sl "Smernica" is an ECB guideline, the same word in sk ("smernica") a directive."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "Smernica (EU) 2015/510 Evropske centralne banke o izvajanju okvira denarne politike",
            ["CELEX:32015O0510"],
        ),
        (
            "sl",
            "kot določa člen 3 Smernice (EU) 2015/510 Evropske centralne banke",
            ["CELEX:32015O0510:3"],
        ),
        (
            "sl",
            "Uredba (EU) 2021/378 in Direktiva 2013/36/EU se uporabljata skupaj",
            ["CELEX:32021R0378", "CELEX:32013L0036"],
        ),
        ("sk", "Smernica 2013/36/EÚ sa uplatňuje na úverové inštitúcie", ["CELEX:32013L0036"]),
        (
            "sk",
            "podľa článku 3 smernice Európskeho parlamentu a Rady 2003/88 o pracovnom čase",
            ["CELEX:32003L0088:3"],
        ),
        ("hr", "Smjernica (EU) 2015/510 Europske središnje banke", ["CELEX:32015O0510"]),
        ("cs", "Směrnice 2013/36/EU se použije na úvěrové instituce", ["CELEX:32013L0036"]),
    ],
)
def test_act_word_read_in_the_texts_language(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
