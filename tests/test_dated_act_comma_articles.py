"""A footnote or summary line that names an act with its date, then its article after
a comma, then its Official Journal reference: fr "Dir. 95/46/CE du 24 oct. 1995, art. 25,
§ 6 ; JOCE n° L 281 …", en "Regulation (EU) 2016/679 of 27 April 2016, Article 45; OJ
L 119 …", it, nl. The article is the act's; an "of" word after the chain still gives it
to the instrument it names."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "3 Dir. 2000/31/CE du 8 juin 2000, art. 14, § 1 ; JOCE n° L 178 du 17 juil. 2000, "
            "p. 1.",
            ["CELEX:32000L0031", "CELEX:32000L0031:14(1)", "OJ:L:2000:178:1"],
        ),
        (
            "en",
            "Regulation (EU) 2022/2065 of 19 October 2022, Article 16; OJ L 277, 27.10.2022, p. 1.",
            ["CELEX:32022R2065", "CELEX:32022R2065:16", "OJ:L:2022:277:1"],
        ),
        (
            "it",
            "Reg. (CE) n. 261/2004 dell'11 febbraio 2004, art. 7; GU L 46 del 17.2.2004, pag. 1.",
            ["CELEX:32004R0261", "CELEX:32004R0261:7", "OJ:L:2004:046:1"],
        ),
        (
            "nl",
            "Richtlijn 2011/83/EU van 25.10.2011, art. 9; PbEU L 304 van 22.11.2011, blz. 64.",
            ["CELEX:32011L0083", "CELEX:32011L0083:9", "OJ:L:2011:304:64"],
        ),
        # an "of" word after the chain names its own instrument
        (
            "en",
            "Regulation (EU) 2016/679 of 27 April 2016, Article 8 of the Charter; OJ L 119, "
            "4.5.2016, p. 1.",
            ["CELEX:32016R0679", "CFR:8", "OJ:L:2016:119:1"],
        ),
    ],
)
def test_dated_act_comma_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
