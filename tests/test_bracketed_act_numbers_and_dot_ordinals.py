"""Three readings found by recall probes in Latvian, Finnish, Estonian and Danish:

* a popular name with its act's number in brackets, then the article, in the
  languages that write the act first in the genitive: lv "Digitālo pakalpojumu akta
  (Regula (ES) 2022/2065) 16. pants" is one act whose name only completes the article;
* Finnish treaty names with "EU:n"/"EU:sta" for "Euroopan unionin"/"Euroopan
  unionista" ("EU:n toiminnasta tehdyn sopimuksen 267 artikla");
* Danish ordinal numbers with their full stop before a sentence, subparagraph or indent
  word ("artikel 6, stk. 1, 2. pkt.", "2. afsnit", "2. led"), which are dropped from the
  pin as their words are ("andet afsnit") and no longer read as Article 2."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Digitālo pakalpojumu akta (Regula (ES) 2022/2065) 16. pants uzliek pienākumus.",
            ["CELEX:32022R2065:16"],
        ),
        (
            "fi",
            "Digipalvelusäädöksen (asetus (EU) 2022/2065) 16 artikla velvoittaa alustoja.",
            ["CELEX:32022R2065:16"],
        ),
        (
            "et",
            "Digiteenuste määruse (määrus (EL) 2022/2065) artikkel 16 kohustab platvorme.",
            ["CELEX:32022R2065:16"],
        ),
        ("fi", "EU:n toiminnasta tehdyn sopimuksen 267 artiklan mukaisesti.", ["TFEU:267"]),
        ("fi", "EU:sta tehdyn sopimuksen 6 artiklan 3 kohta.", ["TEU:6(3)"]),
        (
            "da",
            "Efter artikel 6, stk. 1, 2. pkt., i forordning (EU) 2016/679 gælder det.",
            ["CELEX:32016R0679:6(1)"],
        ),
        ("da", "TEUF artikel 263, stk. 4, 2. led, er opfyldt.", ["TFEU:263(4)"]),
        ("da", "Jf. artikel 288, 3. afsnit, i TEUF.", ["TFEU:288(3)"]),
    ],
)
def test_probe_readings(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a full stop that ends a sentence after an article's number stays a sentence's
        ("da", "Se artikel 5 i TEUF. Derefter gælder artikel 7 i TEU.", ["TFEU:5", "TEU:7"]),
        # a different act in brackets after a name is still cited
        (
            "lv",
            "Vispārīgās datu aizsardzības regulas (ar ko atceļ Direktīvu 95/46/EK) 6. pants.",
            ["CELEX:31995L0046", "CELEX:32016R0679:6"],
        ),
    ],
)
def test_probe_negatives(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
