"""Which act a chain of articles belongs to, in three shapes that used to lose it:

* an article's heading in brackets before the "of" word: it "gli articoli 8 (Principio
  generale) e 9 (Norme applicabili …) del suddetto regolamento";
* a chain alone in brackets after a statement about one instrument: "Regulation … governs
  cabotage (Articles 8 to 10)";
* an act named in a relative clause of another act's title: lt "reglamento … dėl …,
  kuriuo panaikinama Direktyva 1999/93/EB, 19 straipsnyje" (the Regulation's article);

the "read together with" words of Maltese and French, which link two articles of the
act named after the second; "in fine" inside a chain; a paragraph in a keyword line of
the article of the segment before; and the act in brackets after a name the extractor
does not know ("of the Supplementing Regulation (Commission Delegated Regulation …)")."""

from __future__ import annotations

import pytest

import citeresolve

_CABOTAGE = ["CELEX:32009R1072:8", "CELEX:32009R1072:9"]


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Articles 8 (General principle) and 9 (Rules applicable to cabotage operations) of "
            "Regulation (EC) No 1072/2009 apply from May 2010.",
            _CABOTAGE,
        ),
        (
            "fr",
            "Les articles 8 (Principe général) et 9 (Règles applicables aux transports de "
            "cabotage) du règlement (CE) n° 1072/2009 s'appliquent dès mai 2010.",
            _CABOTAGE,
        ),
        (
            "de",
            "Art. 9 (Für den Kabotageverkehr geltende Vorschriften) der Verordnung (EG) "
            "Nr. 1072/2009 gilt ab Mai 2010.",
            ["CELEX:32009R1072:9"],
        ),
        # the reach to "that Regulation" counts from after the heading
        (
            "it",
            "Il regolamento (CE) n. 1072/2009 è stato pubblicato. Ai sensi dell'art. 19, gli "
            "articoli 8 (Principio generale) e 9 (Norme applicabili ai trasporti di cabotaggio) "
            "del suddetto regolamento si applicano dal maggio 2010.",
            ["CELEX:32009R1072", "CELEX:32009R1072:19", *_CABOTAGE],
        ),
        # a bracket with a number in it is no heading: the chain has no act
        (
            "en",
            "Article 8 (as amended in 2020) of the national act applies.",
            [],
        ),
    ],
)
def test_heading_in_brackets_before_the_act(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Chapter III of Regulation (EC) No 1072/2009 governs cabotage (Articles 8 to 10).",
            ["CELEX:32009R1072", "CELEX:32009R1072:8-10"],
        ),
        (
            "it",
            "È stato pubblicato il regolamento (CE) n. 1072/2009.\nIl Capo III del regolamento "
            "suddetto disciplina il cabotaggio stradale (articoli da 8 a 10); attività "
            "temporanea.",
            ["CELEX:32009R1072", "CELEX:32009R1072:8-10"],
        ),
        (
            "de",
            "Die Verordnung (EG) Nr. 1072/2009 regelt die Kabotage (Art. 8 bis 10).",
            ["CELEX:32009R1072", "CELEX:32009R1072:8-10"],
        ),
        # two acts in the sentence: whose articles they are is not said
        (
            "en",
            "Regulation (EC) No 1072/2009 amends Directive 2006/22/EC on checks (Article 5).",
            ["CELEX:32009R1072", "CELEX:32006L0022"],
        ),
        # the act is named in an earlier sentence
        (
            "fr",
            "Le règlement (CE) n° 1072/2009 régit le cabotage. Les États membres peuvent le "
            "restreindre (articles 8 à 10).",
            ["CELEX:32009R1072"],
        ),
    ],
)
def test_bracketed_chain_after_a_statement(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Įstatymas netaikomas teikėjams, kuriems taikomi 2014 m. liepos 23 d. Europos "
            "Parlamento ir Tarybos reglamento (ES) Nr. 910/2014 dėl elektroninės atpažinties "
            "vidaus rinkoje, kuriuo panaikinama Direktyva 1999/93/EB, 19 straipsnyje "
            "nustatyti reikalavimai.",
            ["CELEX:31999L0093", "CELEX:32014R0910:19"],
        ),
        (
            "Reglamento (ES) Nr. 1169/2011 dėl informacijos apie maistą teikimo vartotojams, "
            "kuriuo iš dalies keičiami reglamentai (EB) Nr. 1924/2006 ir (EB) Nr. 1925/2006, "
            "9 straipsnio 1 dalyje",
            ["CELEX:32006R1924", "CELEX:32006R1925", "CELEX:32011R1169:9(1)"],
        ),
        # the Directive alone before its chain still owns it
        (
            "Direktyva 1999/93/EB, 5 straipsnis nustato reikalavimus.",
            ["CELEX:31999L0093", "CELEX:31999L0093:5"],
        ),
    ],
)
def test_act_in_a_relative_clause_of_a_title(text: str, expected: list[str]) -> None:
    assert _keys(text, "lt") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "mt",
            "(b’mod partikolari l-Artikolu 21, li jinqara flimkien mal-Artikolu 18 "
            "tar-Regolament (UE) Nru 1169/2011)",
        ),
        ("mt", "l-Artikolu 21 moqri flimkien mal-Artikolu 18 tar-Regolament (UE) Nru 1169/2011"),
        ("fr", "l'article 21, lu conjointement avec l'article 18 du règlement (UE) n° 1169/2011"),
        ("en", "Article 21, read in conjunction with Article 18 of Regulation (EU) No 1169/2011"),
    ],
)
def test_read_together_with(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32011R1169:21", "CELEX:32011R1169:18"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "l'article 17, paragraphe 4, sous c), in fine, de la directive (UE) 2019/790"),
        ("it", "l'articolo 17, paragrafo 4, lettera c), in fine, della direttiva (UE) 2019/790"),
        ("es", "el artículo 17, apartado 4, letra c), in fine, de la Directiva (UE) 2019/790"),
        ("nl", "artikel 17, lid 4, onder c), in fine, van richtlijn (EU) 2019/790"),
        ("en", "Article 17(4)(c) in fine of Directive (EU) 2019/790"),
    ],
)
def test_in_fine_stays_inside_the_chain(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["CELEX:32019L0790:17(4)(c)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Directive (EU) 2019/790 – Article 17 – Exemption from liability – Paragraph 4(b) "
            "and (c) in fine – Filtering of content",
        ),
        (
            "mt",
            "Direttiva (UE) 2019/790 – Artikolu 17 – Eżenzjoni mir-responsabbiltà – Paragrafu "
            "4(b) u (c) in fine – Filtrazzjoni tal-kontenut",
        ),
        (
            "de",
            "Richtlinie (EU) 2019/790 – Art. 17 – Haftungsausschluss – Abs. 4 Buchst. b und c "
            "– Filterung",
        ),
    ],
)
def test_keyword_line_paragraph_of_the_article_before(lang: str, text: str) -> None:
    assert _keys(text, lang) == [
        "CELEX:32019L0790",
        "CELEX:32019L0790:17",
        "CELEX:32019L0790:17(4)(b)",
        "CELEX:32019L0790:17(4)(c)",
    ]


def test_keyword_line_paragraph_after_a_paragraph_is_not_pinned() -> None:
    # the article before already has its paragraph: "Paragraph 4" is not one of it
    text = "Directive (EU) 2019/790 – Article 17(1) – Scope – Paragraph 4"
    assert _keys(text, "en") == ["CELEX:32019L0790", "CELEX:32019L0790:17(1)"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Artiklarna 31-36 i kompletteringsförordningen (Kommissionens delegerade förordning "
            "(EU) 2015/2446 om komplettering av tullkodexen)",
            ["CELEX:32015R2446:31-36"],
        ),
        (
            "en",
            "Articles 31 to 36 of the Supplementing Regulation (Commission Delegated Regulation "
            "(EU) 2015/2446) apply.",
            ["CELEX:32015R2446:31-36"],
        ),
        (
            "en",
            "Article 5 of the Code (Regulation (EU) No 952/2013) applies.",
            ["CELEX:32013R0952:5"],
        ),
        # a bracket with no act in reach: the chain has no instrument
        (
            "en",
            "Article 5 of the contract (signed by both parties and the agent in 2019) applies.",
            [],
        ),
    ],
)
def test_act_in_brackets_after_an_unknown_name(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "(artt. 210 e s. Reg. UE 952/2013)", ["CELEX:32013R0952:210"]),
        ("it", "(artt. 210 e segg. Reg. UE 952/2013)", ["CELEX:32013R0952:210"]),
        ("fr", "(articles 210 et s. du règlement (UE) n° 952/2013)", ["CELEX:32013R0952:210"]),
        # "e s.m.i." (as amended) after a national decree is no "and following"
        ("it", "l'art. 5 del d.lgs. 196/2003 e s.m.i.", []),
    ],
)
def test_and_following(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
