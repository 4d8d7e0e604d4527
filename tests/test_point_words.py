"""Point words abbreviated without their dot before a bare point letter: de "Art. 2 lit b
VO-EG Nr. 261/2004", "Buchst b", cs/sk "písm b", pl "lit b" (the language files write
"lit.", "Buchst.", "písm.")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das ist gemäß Art. 2 lit b VO-EG Nr. 261/2004 jenes, „das im Rahmen des Vertrages",
            ["CELEX:32004R0261:2(b)"],
        ),
        ("de", "gemäß Art 2 Abs 1 Buchst b VO (EG) Nr. 261/2004", ["CELEX:32004R0261:2(1)(b)"]),
        ("cs", "podle čl. 6 odst. 1 písm b nařízení (EU) 2016/679", ["CELEX:32016R0679:6(1)(b)"]),
        ("sk", "podľa čl. 6 ods. 1 písm f nariadenia (EÚ) 2016/679", ["CELEX:32016R0679:6(1)(f)"]),
        (
            "pl",
            "zgodnie z art. 6 ust. 1 lit b rozporządzenia (UE) 2016/679",
            ["CELEX:32016R0679:6(1)(b)"],
        ),
        # a word after the bare abbreviation is no point label ("bz"): it stops the list
        ("de", "gemäß Art. 2 lit bzw. Art. 3 VO (EG) Nr. 261/2004", ["CELEX:32004R0261:3"]),
    ],
)
def test_point_word_without_its_dot(lang: str, text: str, expected: list[str]) -> None:
    found = citeresolve.extract(text, lang=lang)
    assert [c.key for c in found if ":" in c.key[6:]] == expected


# Austrian legal style writes "Ziffer" as "Z": a numbered point, dropped from the pin
# (contract: "point (1) of Article 4" is `…:4`), and the act after it completes the
# article instead of standing alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unter einer elektronischen Signatur versteht man gemäß § 3 Abs. 2 SVG iVm "
            "Art. 3 Z 10 der Verordnung (EU) Nr. 910/2014 (eIDAS-VO) Daten",
            ["CELEX:32014R0910:3"],
        ),
        ("gemäß Art. 4 Z. 7 der Verordnung (EU) 2016/679", ["CELEX:32016R0679:4"]),
        (
            "Art. 5 Abs. 1 Z 2 und Art. 7 der Verordnung (EU) 2016/679",
            ["CELEX:32016R0679:5(1)", "CELEX:32016R0679:7"],
        ),
        # a "Z" with no article before it is no pin
        ("Gemäß Z 3 der Anlage zur Verordnung (EU) 2016/679 gilt", ["CELEX:32016R0679"]),
    ],
)
def test_austrian_z_is_a_numbered_point(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected


# Austrian "iVm" ("in Verbindung mit") joins a list, and "Anh." is an annex: each unit
# before the instrument is cited ("Art. 3 Z 15 iVm Anh. I eIDAS-VO").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "beruht auf einem qualifizierten Zertifikat (Art. 3 Z 15 iVm Anh. I eIDAS-VO), "
            "bei dessen Ausstellung",
            ["CELEX:32014R0910:3", "CELEX:32014R0910:annex-I"],
        ),
        (
            "Art. 6 Abs. 1 lit. f iVm Art. 17 DSGVO",
            ["CELEX:32016R0679:6(1)(f)", "CELEX:32016R0679:17"],
        ),
        ("Gemäß Anh. II der Verordnung (EU) 2016/679 gilt", ["CELEX:32016R0679:annex-II"]),
        # an annex of no instrument in reach is no citation
        ("siehe Anh. 3 dieses Gutachtens", []),
    ],
)
def test_austrian_ivm_and_annex(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="de")] == expected


# A Roman numeral after a letter point, with at most a comma between, numbers a sub-point
# of that point (contract: points are kept, "(b)(i)"); a letter that continues the
# alphabet ("h), i)") or one after "and" ("a) e i)") is another point of the list.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "zoals bedoeld in artikel 5, lid 2, onder c), ii), van Verordening (EU) 2016/679",
            ["5(2)(c)(ii)"],
        ),
        (
            "fr",
            "au sens de l'article 5, paragraphe 2, point c) ii), de la directive 2000/60/CE",
            ["5(2)(c)(ii)"],
        ),
        (
            "es",
            "conforme al artículo 9, apartado 3, letra a), inciso iv), de la Directiva 2000/60/CE",
            ["9(3)(a)(iv)"],
        ),
        (
            "it",
            "ai sensi dell'articolo 9, paragrafo 3, lettera a), punto iv), della direttiva 2000/60",
            ["9(3)(a)(iv)"],
        ),
        (
            "pt",
            "nos termos do artigo 9.º, n.º 3, alínea a), subalínea iv), da Diretiva 2000/60/CE",
            ["9(3)(a)(iv)"],
        ),
        ("de", "nach Art. 9 Abs. 3 Buchst. a Ziff. iv der Richtlinie 2000/60/EG", ["9(3)(a)(iv)"]),
        # number first, the numeral with its ordinal dot: hu "i. alpontja"
        (
            "hu",
            "a 2000/60/EK irányelv 9. cikke (3) bekezdése a) pontjának iv. alpontja",
            ["9(3)(a)(iv)"],
        ),
        # hr "i" is also "and"; its ordinal dot belongs to the numeral
        (
            "hr",
            "u skladu s člankom 9. stavkom 3. točkom (a) podtočkom i. Direktive 2000/60/EZ",
            ["9(3)(a)(i)"],
        ),
        # a sub-point word of its own: bg "подточка", ro "subpunctul"
        (
            "bg",
            "съгласно член 9, параграф 3, буква а), подточка iv) от Директива 2000/60/ЕО",
            ["9(3)(a)(iv)"],
        ),
        (
            "ro",
            "conform articolului 9 alineatul (3) litera (a) subpunctul (iv) din Directiva 2000/60",
            ["9(3)(a)(iv)"],
        ),
        # the next sub-point of the same point
        (
            "nl",
            "artikel 5, lid 2, onder c), i) en ii), van Verordening (EU) 2016/679",
            ["5(2)(c)(i)", "5(2)(c)(ii)"],
        ),
        # a range of sub-points is not cited, like a range of points (R11-nl review)
        (
            "nl",
            "artikel 5, lid 2, onder c), i) tot en met iii), van Verordening (EU) 2016/679",
            [],
        ),
        # the alphabet goes on: points (h), (i) and (j)
        (
            "nl",
            "artikel 5, lid 2, onder h), i) en j), van Verordening (EU) 2016/679",
            ["5(2)(h)", "5(2)(i)", "5(2)(j)"],
        ),
        # after "and": another point
        (
            "it",
            "ai sensi dell'articolo 9, paragrafo 3, lettere a) e i), della direttiva 2000/60/CE",
            ["9(3)(a)", "9(3)(i)"],
        ),
    ],
)
def test_roman_sub_point_after_a_letter(lang: str, text: str, expected: list[str]) -> None:
    found = [
        c.key.split(":", 2)[2]
        for c in citeresolve.extract(text, lang=lang)
        if c.key.count(":") == 2
    ]
    assert found == expected


# A paragraph inserted by an amendment has no form in the key grammar ("8(2a)" is left
# out, and its number alone would cite another paragraph): a Latin suffix ("1 bis")
# too; the other units of the list are still cited.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "vu la directive 2009/138/CE, et notamment son article 92, paragraphe 1 bis, et "
            "son article 111, paragraphe 1,",
            ["CELEX:32009L0138", "CELEX:32009L0138:111(1)"],
        ),
        (
            "it",
            "ai sensi dell'articolo 92, paragrafo 1 bis, e dell'articolo 111, paragrafo 1, "
            "della direttiva 2009/138/CE",
            ["CELEX:32009L0138:111(1)"],
        ),
        (
            "es",
            "conforme al artículo 92, apartado 1 bis, y al artículo 111, apartado 1, de la "
            "Directiva 2009/138/CE",
            ["CELEX:32009L0138:111(1)"],
        ),
        # an inserted article keeps its suffix as the English letter
        (
            "fr",
            "l'article 92 bis, paragraphe 1, de la directive 2009/138/CE",
            ["CELEX:32009L0138:92a(1)"],
        ),
    ],
)
def test_an_inserted_paragraph_with_a_latin_suffix_is_left_out(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


# Right after a point word, a letter that is also the language's "and" (it/pt/es "e",
# sk/cs "a") is the point, with no bracket after it; an upper-case one is not read.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "come previsto dall'articolo 28, par. 1, lett. e , direttiva 2009/81 e dal codice",
            ["CELEX:32009L0081:28(1)(e)"],
        ),
        (
            "pt",
            "nos termos do artigo 6.º, n.º 1, alínea e, do Regulamento (UE) 2016/679",
            ["CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "es",
            "conforme al artículo 6, apartado 1, letra e, del Reglamento (UE) 2016/679",
            ["CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "sk",
            "podľa čl. 6 ods. 1 písm. a nariadenia (EÚ) 2016/679",
            ["CELEX:32016R0679:6(1)(a)"],
        ),
        # written in the language's own script, the letter is read as Latin
        (
            "bg",
            "съгласно член 6, параграф 1, буква и от Регламент (ЕС) 2016/679",
            ["CELEX:32016R0679:6(1)(i)"],
        ),
    ],
)
def test_a_point_letter_that_is_also_and(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected


# Italian abbreviations: "artt." with "e s." (and the following ones, dropped), "Reg."
# right after the article, the domain written "Ue".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i regimi speciali (artt. 210 e s. Reg. UE 952/2013) sono", ["CELEX:32013R0952:210"]),
        ("dall'esportazione (art. 263 Reg. Ue 952/2013) e", ["CELEX:32013R0952:263"]),
        ("la direttiva Ue 2019/790 prevede", ["CELEX:32019L0790"]),
    ],
)
def test_italian_abbreviated_pins_and_acts(text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang="it")] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a list of sub-points after a lettered point keeps each (number first: the
        # point word after the last numeral)
        (
            "hu",
            "a 2008/98/EK irányelv 11. cikke b) pontjának i. és ii. alpontja szerint",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
        # plural sub-point words before the list
        (
            "es",
            "conforme al artículo 11, letra b), incisos i) y ii), de la Directiva 2008/98/CE",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
        (
            "fr",
            "selon l'article 11, point b), sous-points i) et ii), de la directive 2008/98/CE",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
        (
            "fr",
            "selon l'article 11, point b), sous-point iii), de la directive 2008/98/CE",
            ["CELEX:32008L0098:11(b)(iii)"],
        ),
        (
            "pt",
            "nos termos do artigo 11.º, alínea b), subalíneas i) e ii), da Diretiva 2008/98/CE",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
        (
            "cs",
            "podle čl. 11 písm. b) bodů i) a ii) směrnice 2008/98/ES",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
        (
            "sk",
            "podľa článku 11 písm. b) bodov i) a ii) smernice 2008/98/ES",
            ["CELEX:32008L0098:11(b)(i)", "CELEX:32008L0098:11(b)(ii)"],
        ),
    ],
)
def test_a_list_of_sub_points_after_a_letter(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
