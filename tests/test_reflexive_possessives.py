"""The reflexive possessive ("its own": sl "svojega", sk "svojho", cs "svého", hr
"svojeg", pl "swojego") points to the instrument the sentence is about, as "its" does;
between a paragraph named before its article and the article it gave nothing or the
article without its paragraph (sl "v prvem odstavku svojega 5. člena" gave 5, sk "v
odseku 1 svojho článku 5" nothing)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Uredba (EU) 2016/679 v prvem odstavku svojega 5. člena določa načela."),
        ("sk", "Nariadenie (EÚ) 2016/679 v odseku 1 svojho článku 5 ustanovuje zásady."),
        ("cs", "Nařízení (EU) 2016/679 v odstavci 1 svého článku 5 stanoví zásady."),
        ("hr", "Uredba (EU) 2016/679 u stavku 1. svojeg članka 5. utvrđuje načela."),
        ("pl", "Rozporządzenie (UE) 2016/679 w ust. 1 swojego art. 5 określa zasady."),
    ],
)
def test_reflexive_possessive_in_preface(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32016R0679", "CELEX:32016R0679:5(1)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Uredba (EU) 2016/679 v svojem 5. členu določa načela."),
        ("sk", "Nariadenie (EÚ) 2016/679 vo svojom článku 5 ustanovuje zásady."),
        ("cs", "Nařízení (EU) 2016/679 ve svém článku 5 stanoví zásady."),
    ],
)
def test_reflexive_possessive_before_article(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32016R0679", "CELEX:32016R0679:5"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sl", "Slovenija je v prvem odstavku svojega 14. člena ustave določila enakost."),
        ("sk", "Slovensko vo svojom zákone upravuje v § 5 lehoty."),
        ("cs", "Česká republika ve svém zákoně v odstavci 1 svého § 5 stanoví lhůty."),
    ],
)
def test_reflexive_possessive_of_national_law(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
