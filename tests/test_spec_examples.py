"""Every worked example of shared/spec/citation-keys.md, as written there."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # General rules
        ("en", "Articles 2, 3(5) and 21 TEU", ["TEU:2", "TEU:3(5)", "TEU:21"]),
        ("en", "Articles 21 to 46 TEU", ["TEU:21-46"]),
        ("nl", "de artikelen 21 t/m 46 VEU", ["TEU:21-46"]),
        (
            "en",
            "Articles 174 and 175 of the Treaty on European Union",
            ["TEU:174", "TEU:175"],
        ),
        (
            "en",
            "having regard to the Treaty on European Union, and in particular Article 21 thereof,",
            ["TEU", "TEU:21"],
        ),
        ("en", "Article 21 of the Treaty on European Union", ["TEU:21"]),
        ("en", "P9_TA(2021)0014A9-0259/2020", ["TA-9-2021-0014", "A-9-2020-0259"]),
        ("en", "the third paragraph of Article 175 TFEU", ["TFEU:175(3)"]),
        ("en", "point (1) of Article 4 TFEU", ["TFEU:4"]),
        ("en", "point (b) of Article 4(1) TFEU", ["TFEU:4(1)(b)"]),
        ("de", "Artikel 5a Absätze 1 bis 4 EUV", ["TEU:5a"]),
        ("el", "το άρθρο 322 παράγραφος 1 στοιχείο α) ΣΛΕΕ", ["TFEU:322(1)(a)"]),
        # Pins: the same pin in seven languages
        ("en", "Article 3(5) TEU", ["TEU:3(5)"]),
        ("nl", "artikel 3, lid 5, VEU", ["TEU:3(5)"]),
        ("de", "Artikel 3 Absatz 5 EUV", ["TEU:3(5)"]),
        ("de", "Art. 3 Abs. 5 EUV", ["TEU:3(5)"]),
        ("fr", "article 3, paragraphe 5, du traité sur l'Union européenne", ["TEU:3(5)"]),
        ("sl", "člen 3(5) PEU", ["TEU:3(5)"]),
        ("es", "artículo 3, apartado 5, del TUE", ["TEU:3(5)"]),
        ("en", "Article 107(3)(c) TFEU", ["TFEU:107(3)(c)"]),
        ("nl", "artikel 107, lid 3, onder c), VWEU", ["TFEU:107(3)(c)"]),
        (
            "fr",
            "vu le traité instituant la Communauté européenne de l'énergie atomique, et "
            "notamment son article 106 bis",
            ["EAEC", "EAEC:106a"],
        ),
        # Treaty codes
        ("en", "Article 95 EC", ["TEC:95"]),
        ("en", "Article 48 of the EU Treaty", ["TEU:48"]),
        # Official Journal
        ("en", "OJ C 23, 21.1.2021, p. 83", ["OJ:C:2021:023:83"]),
        ("nl", "PB C 251 E van 31.8.2013, blz. 93", ["OJ:C:2013:251E:93"]),
        ("en", "OJ L, 2023/2854, 20.12.2023", ["OJ:L:2023/2854"]),
        (
            "fr",
            "la directive 2002/24/CE du Parlement européen et du Conseil (JO L 124, p. 1)",
            ["CELEX:32002L0024", "OJ:L:2002:124:1"],
        ),
        ("en", "OJ 1990 L 192, p. 1", ["OJ:L:1990:192:1"]),
        ("en", "OJ L 119, 4.5.2016, p. 51–55", ["OJ:L:2016:119:51"]),
        (
            "sv",
            "EUT L, 2024/1392, 29.5.2024, ELI: http://data.europa.eu/eli/reg/2024/1392/oj",
            ["OJ:L:2024/1392"],
        ),
        ("et", "ELT L 437, 28.12.2020, p. 43–48", ["OJ:L:2020:437:43"]),
        # Bare identifiers
        ("it", "abrogato da 32023R2835", ["CELEX:32023R2835"]),
        ("en", "CELEX:32016R0679", ["CELEX:32016R0679"]),
        ("en", "Cite as: EU:C:2015:499", ["ECLI:EU:C:2015:499"]),
        # CJEU case numbers
        ("en", "Case C-311/18", ["CJEU:C-311/18"]),
        ("en", "Case 120/78", ["CJEU:C-120/78"]),
        ("el", "υπόθεση 120/78", ["CJEU:C-120/78"]),
        ("en", "ECLI:EU:C:2020:559", ["ECLI:EU:C:2020:559"]),
        # Key grammars table
        ("nl", "(2022/2505(RSP))", ["PROC:2022/2505(RSP)"]),
        ("de", "2017/0360R(NLE)", ["PROC:2017/0360R(NLE)"]),
        ("en", "P9_TA-PROV(2022)0012", ["TA-9-2022-0012"]),
        ("en", "RC-B9-0065/2022", ["RC-9-2022-0065"]),
        ("en", "Regulation (EU) 2016/679", ["CELEX:32016R0679"]),
        ("en", "Article 6(1) of Directive 2011/83/EU", ["CELEX:32011L0083:6(1)"]),
        ("en", "Regulation (EC) No 1049/2001", ["CELEX:32001R1049"]),
        ("en", "Council Decision (CFSP) 2020/1999", ["CELEX:32020D1999"]),
        ("en", "COM(2021) 206 final", ["COM(2021)206"]),
        (
            "en",
            "having regard to Rules 144(5) and 132(4) of its Rules of Procedure",
            ["EP-RULES:144(5)", "EP-RULES:132(4)"],
        ),
        ("en", "the Universal Declaration of Human Rights", ["UDHR"]),
        # Contract version 2: annexes, recitals and protocols
        ("en", "Annex II to Regulation (EU) 2016/679", ["CELEX:32016R0679:annex-II"]),
        ("en", "Annex I to the Rules of Procedure", ["EP-RULES:annex-I"]),
        (
            "en",
            "Article 3(5), first subparagraph, of Annex I to the Rules of Procedure",
            ["EP-RULES:annex-I/3(5)"],
        ),
        ("en", "the Annex to Decision 2010/131/EU", ["CELEX:32010D0131:annex-1"]),
        ("en", "recital 26 of Regulation (EU) 2016/679", ["CELEX:32016R0679:recital-26"]),
        ("nl", "overweging 26 van Verordening (EU) 2016/679", ["CELEX:32016R0679:recital-26"]),
        ("de", "Erwägungsgrund 26 der Verordnung (EU) 2016/679", ["CELEX:32016R0679:recital-26"]),
        ("fr", "considérant 26 du règlement (UE) 2016/679", ["CELEX:32016R0679:recital-26"]),
        (
            "en",
            "Protocol No 2 on the application of the principles of subsidiarity"
            " and proportionality",
            ["PROTOCOL-2"],
        ),
        ("en", "Article 7 of Protocol No 2", ["PROTOCOL-2:7"]),
        (
            "en",
            "the Statute of the European System of Central Banks and of the European Central Bank",
            ["PROTOCOL-4"],
        ),
        (
            "en",
            "Articles 12.1 and 14.3 of the Statute of the ESCB and of the ECB",
            ["PROTOCOL-4:12(1)", "PROTOCOL-4:14(3)"],
        ),
        ("en", "the Statute of the Court of Justice", ["PROTOCOL-3"]),
        (
            "en",
            "the articles 12, 14 and 26, and Title IV of the Charter",
            ["CFR:12", "CFR:14", "CFR:26"],
        ),
        # Contract version 2: short forms, defined names and popular names
        (
            "en",
            "Directive 2002/24/EC (‘the Directive’) applies. Article 1 of the Directive",
            ["CELEX:32002L0024", "CELEX:32002L0024:1"],
        ),
        ("en", "Article 6 GDPR", ["CELEX:32016R0679:6"]),
        ("de", "Art. 17 DSGVO", ["CELEX:32016R0679:17"]),
        ("fr", "article 5 du RGPD", ["CELEX:32016R0679:5"]),
        ("nl", "artikel 6 AVG", ["CELEX:32016R0679:6"]),
        # Contract version 2: Council documents
        ("en", "ST 12345/23", ["ST-12345-2023"]),
        ("en", "Council document 12345/23", ["ST-12345-2023"]),
        ("en", "doc. 9876/21 REV 1", ["ST-9876-2021-REV1"]),
        ("en", "ST 9876 2021 INIT", ["ST-9876-2021"]),
        # Contract version 2: more pin decisions
        (
            "en",
            "Article 168 TFEU, in particular paragraph 7 thereof",
            ["TFEU:168", "TFEU:168(7)"],
        ),
        ("lt", "SESV 5 straipsnio 1 punkto b papunktis", ["TFEU:5(1)(b)"]),
        (
            "en",
            "Article 4(1)(a), (b) and (e) TFEU",
            ["TFEU:4(1)(a)", "TFEU:4(1)(b)", "TFEU:4(1)(e)"],
        ),
        ("en", "Articles 2-6 TFEU", ["TFEU:2-6"]),
        # Contract version 2: bare CELEX numbers of every sector
        ("en", "62018CJ0311", ["CELEX:62018CJ0311"]),
        ("en", "92001E000165", ["CELEX:92001E000165"]),
    ],
)
def test_spec_example(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "(the ‘Charter’)"),
        ("en", "article 405 of the Kazakh Criminal Code"),
        ("en", "the NGO Article 14"),
        ("en", "Article 407 of this Directive"),
        ("en", "L 315/51"),
        ("sl", "Serija L 2023/2650 24.11.2023"),
        # Contract version 2
        ("en", "the GDPR"),
        ("en", "(hereinafter ‘the Charter’)"),
        ("en", "Article 5 of this Regulation"),
        ("en", "12345/23"),
        ("nl", "artikel 107 van het Reglement voor de procesvoering van het Hof"),
        ("en", "Article 94 of the Rules of Procedure of the Court of Justice"),
        ("en", "Article 1 of Protocol No 1 to the Convention"),
    ],
)
def test_spec_non_citation(lang: str, text: str) -> None:
    assert keys(text, lang) == []
