"""English extraction on real sentences from EU texts, positives and negatives."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str = "en") -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TA-8-2015-0337: a list with subparagraphs and points
        (
            "having regard to Article 212 and Article 218(6), second subparagraph, point (a), and "
            "Article 218(7) of the Treaty on the Functioning of the European Union",
            ["TFEU:212", "TFEU:218(6)(a)", "TFEU:218(7)"],
        ),
        ("– having regard to Articles 2, 3(5) and 21 TEU,", ["TEU:2", "TEU:3(5)", "TEU:21"]),
        ("having regard to Articles 21 to 46 of the Treaty on European Union", ["TEU:21-46"]),
        ("Article 107(3)(c) TFEU", ["TFEU:107(3)(c)"]),
        (
            "having regard to Rules 144(5) and 132(4) of its Rules of Procedure",
            ["EP-RULES:144(5)", "EP-RULES:132(4)"],
        ),
        ("pursuant to Rule 144 of the Rules of Procedure", ["EP-RULES:144"]),
        (
            "having regard to the Charter of Fundamental Rights of the European Union, in "
            "particular Articles 7, 8 and 47 thereof,",
            ["CFR", "CFR:7", "CFR:8", "CFR:47"],
        ),
        (
            "Having regard to the Treaty on the Functioning of the European Union, and in "
            "particular Article 256(3) and Article 281, second paragraph, thereof,",
            ["TFEU", "TFEU:256(3)", "TFEU:281(2)"],
        ),
        ("the third paragraph of Article 175 TFEU", ["TFEU:175(3)"]),
        ("Article 6(1) of Directive 2011/83/EU", ["CELEX:32011L0083:6(1)"]),
        (
            "Regulation (EC) No 1049/2001 and Council Decision (CFSP) 2020/1999",
            ["CELEX:32001R1049", "CELEX:32020D1999"],
        ),
        ("Articles 28 EC, 31 EC, 43 EC and 86(2) EC", ["TEC:28", "TEC:31", "TEC:43", "TEC:86(2)"]),
        ("OJ C 23, 21.1.2021, p. 83.", ["OJ:C:2021:023:83"]),
        ("OJ L, 2023/2854, 20.12.2023", ["OJ:L:2023/2854"]),
        ("Council Directive 92/50/EEC (OJ L 209, p. 1)", ["CELEX:31992L0050", "OJ:L:1992:209:1"]),
        ("OJ 1990 L 192, p. 1", ["OJ:L:1990:192:1"]),
        ("Texts adopted, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
        (
            "P9_TA-PROV(2022)0012 and RC-B9-0065/2022 and A9-0001/2022",
            ["TA-9-2022-0012", "RC-9-2022-0065", "A-9-2022-0001"],
        ),
        ("P9_TA(2021)0014A9-0259/2020", ["TA-9-2021-0014", "A-9-2020-0259"]),
        ("(COM(2017)08352017/0360R(NLE))", ["COM(2017)835", "PROC:2017/0360R(NLE)"]),
        (
            "COM(2021) 206 final and {SWD(2014) 271 final} and COM/2012/0150 final",
            ["COM(2021)206", "SWD(2014)271", "COM(2012)150"],
        ),
        (
            "Case C-311/18 (ECLI:EU:C:2020:559) and Case 120/78",
            ["CJEU:C-311/18", "ECLI:EU:C:2020:559", "CJEU:C-120/78"],
        ),
        ("Case C-301/02 P", ["CJEU:C-301/02"]),
        ("repealed by 32023R2835", ["CELEX:32023R2835"]),
        (
            "the Rome Statute of the International Criminal Court, in particular Article 8 bis",
            ["ROME-STATUTE", "ROME-STATUTE:8bis"],
        ),
        # the act number alone under the title of an OJ act
        (
            "COUNCIL DECISION\n\nof 20 May 1999\n\nconcerning the definition of the Schengen "
            "acquis\n\n(1999/435/EC)\n\nTHE COUNCIL OF THE EUROPEAN UNION,",
            ["CELEX:31999D0435"],
        ),
        # one article of several acts; dates between the act word and the numbers
        (
            "the interpretation of Article 1 of the Council Directives of 18 June 1992, 92/50/EEC, "
            "relating to public service contracts (OJ L 209, p. 1), of 14 June 1993, 93/36/EEC, "
            "and 93/37/EEC",
            ["CELEX:31992L0050:1", "OJ:L:1992:209:1", "CELEX:31993L0036:1", "CELEX:31993L0037:1"],
        ),
        ("Article 1, paragraph1 of Regulation (EEC) No 3577/92", ["CELEX:31992R3577:1(1)"]),
        # an act number with two domains, alone under its title
        (
            "COUNCIL DECISION\n\nof 12 February 2008\n\non the establishment of a "
            "Community programme\n\n(2008/114/EC, Euratom)\n\nTHE COUNCIL",
            ["CELEX:32008D0114"],
        ),
    ],
)
def test_english_citations(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "under article 405 of the Kazakh Criminal Code",
        "human rights groups such as Veritas, 405, Elimay and Article 14;",
        "on 21 January 2021 and 31.8.2013, page 93",
        "(hereinafter ‘Charter of Fundamental Rights’)",
        "Article 407 of this Regulation",
        "the Official Journal of the European Union",
        "L 315/51",
        "the marketing years 1984/85 and 1985/86",
    ],
)
def test_english_non_citations(text: str) -> None:
    assert keys(text) == []


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(citeresolve.UnknownLanguageError, match="unknown language 'xx'"):
        citeresolve.extract("Article 3 TEU", lang="xx")


def test_citations_come_in_text_order() -> None:
    text = "Article 2 TEU, Regulation (EU) 2016/679 and (2022/2505(RSP))"
    found = citeresolve.extract(text, lang="en")
    assert [c.start for c in found] == sorted(c.start for c in found)


def test_directive_numbers_without_domain_are_year_first() -> None:
    # eumonitor COM(2023)224 (held-out audit)
    text = (
        "2.This Regulation is without prejudice to the rules laid down by other Union legal "
        "acts regulating copyright and related rights, including Directive 2001/29, Directive "
        "2009/24 and the sui generis rights granted by Directive 96/9/EC on the legal "
        "protection of databases."
    )
    assert [c.key for c in citeresolve.extract(text, lang="en")] == [
        "CELEX:32001L0029",
        "CELEX:32009L0024",
        "CELEX:31996L0009",
    ]


def test_un_charter_is_not_the_eu_charter() -> None:
    text = (
        "having regard to the Charter of the United Nations, and in particular Article 51 thereof,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="en")] == []


def test_range_of_points_keeps_the_article() -> None:
    # OJ L 44, 14.2.2023, Delegated Regulation (EU) 2023/330 (audit round 2)
    text = (
        "Having regard to Regulation (EU) 2021/2115 of the European Parliament and of the "
        "Council of 2 December 2021 establishing rules on support for strategic plans and "
        "repealing Regulations (EU) No 1305/2013 and (EU) No 1307/2013 (1), and in particular "
        "Article 45, points (a) to (e), thereof,"
    )
    assert [c.key for c in citeresolve.extract(text, lang="en")] == [
        "CELEX:32021R2115",
        "CELEX:32013R1305",
        "CELEX:32013R1307",
        "CELEX:32021R2115:45",
    ]
