"""A popular name or abbreviation, then its act's number in brackets with no act word,
then the article in the genitive-first languages (hu "a GDPR (2016/679/EU) 6. cikke",
"a héairányelv (2006/112/EK) 58. cikke", lv "VDAR (2016/679/ES) 6. pants", fi
"GDPR:n (2016/679/EU) 6 artikla", et "IKÜM ((EL) 2016/679) artikkel 6"): the article
is the named act's. Nothing at all was found: the bracket, holding digits, broke the
link between the name and the article."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


GDPR = "CELEX:32016R0679"
VAT = "CELEX:32006L0112"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "Az adatkezelés jogalapját a GDPR (2016/679/EU) 6. cikke határozza meg.",
            [f"{GDPR}:6"],
        ),
        ("hu", "Ezt a GDPR ((EU) 2016/679) 17. cikke írja elő.", [f"{GDPR}:17"]),
        ("hu", "A levonási jogot a héairányelv (2006/112/EK) 168. cikke rendezi.", [f"{VAT}:168"]),
        ("lv", "Tiesiskais pamats ir VDAR (2016/679/ES) 6. pants.", [f"{GDPR}:6"]),
        ("fi", "Käsittelyperuste on GDPR:n (2016/679/EU) 6 artikla.", [f"{GDPR}:6"]),
        ("et", "Õiguslik alus on IKÜM ((EL) 2016/679) artikkel 6.", [f"{GDPR}:6"]),
        # the bracket after a name still holds no other act's article
        ("hu", "A GDPR (2016/679/EU) alkalmazandó.", []),
    ],
)
def test_article_after_a_name_and_its_bracketed_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
