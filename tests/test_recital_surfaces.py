"""Recitals written as commentaries and national texts write them: with a number
sign between the word and the number ("recital No 26", "considerando n. 26",
"Erwägungsgrund Nr. 26"), German abbreviations ("ErwG 26 DSGVO"), and Finnish
EUR-Lex's "johdanto-osan 26 perustelukappale" (the number between "of the preamble"
and the recital word), Czech EUR-Lex's "bod 26 odůvodnění" (the number inside the
recital word, whose "bod" is no point); and German sub-divisions of a sentence ("Alt. 3", "Hs. 2"),
which are dropped from the pin like a sentence."""

from __future__ import annotations

import pytest

import citeresolve

GDPR = "CELEX:32016R0679"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "As recital No 26 of the GDPR explains, anonymous data are out of scope.", [26]),
        ("en", "See recitals Nos 39 and 40 of the GDPR on transparency.", [39, 40]),
        ("it", "Come chiarisce il considerando n. 47 del GDPR, l'interesse va bilanciato.", [47]),
        ("it", "Si vedano i considerando nn. 39 e 40 del GDPR.", [39, 40]),
        ("es", "Según el considerando n.º 26 del RGPD, los datos anónimos quedan fuera.", [26]),
        ("es", "Así lo aclara el considerando núm. 47 del RGPD.", [47]),
        ("pt", "Nos termos do considerando n.º 26 do RGPD, os dados anónimos ficam de fora.", [26]),
        ("fr", "Ainsi que l'indique le considérant n° 47 du RGPD, l'intérêt prime.", [47]),
        ("nl", "Zoals overweging nr. 26 AVG aangeeft, vallen anonieme gegevens erbuiten.", [26]),
        ("de", "Nach Erwägungsgrund Nr. 26 DSGVO gilt sie nicht für anonyme Daten.", [26]),
        ("de", "Vgl. ErwG 47 DSGVO sowie ErwGr. 50 DSGVO und Erwgr. 71 DSGVO.", [47, 50, 71]),
    ],
)
def test_recital_with_a_number_sign_or_abbreviation(
    lang: str, text: str, expected: list[int]
) -> None:
    assert keys(text, lang) == [f"{GDPR}:recital-{n}" for n in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asetuksen (EU) 2016/679 johdanto-osan 26 perustelukappaleen mukaan "
            "anonyymeihin tietoihin ei sovelleta tietosuojaa.",
            [f"{GDPR}:recital-26"],
        ),
        (
            "Direktiivin 2011/83/EU johdanto-osan 14 ja 15 perustelukappaleessa todetaan, "
            "että direktiiviä sovelletaan.",
            ["CELEX:32011L0083:recital-14", "CELEX:32011L0083:recital-15"],
        ),
        (
            "Yleisen tietosuoja-asetuksen johdanto-osan 47 perustelukappaleessa todetaan näin.",
            [f"{GDPR}:recital-47"],
        ),
        # the article of the act keeps its own reading
        ("Asetuksen (EU) 2016/679 5 artiklan 1 kohdan mukaan.", [f"{GDPR}:5(1)"]),
    ],
)
def test_finnish_recital_numbered_inside_the_preamble_phrase(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "fi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Podle bodu 26 odůvodnění nařízení (EU) 2016/679 se zásady ochrany nevztahují "
            "na anonymní informace.",
            [f"{GDPR}:recital-26"],
        ),
        (
            "V bodech 39, 40 a 42 odůvodnění nařízení (EU) 2016/679 se uvádí, že souhlas musí být "
            "informovaný.",
            [f"{GDPR}:recital-39", f"{GDPR}:recital-40", f"{GDPR}:recital-42"],
        ),
        ("Viz bod odůvodnění 14 směrnice 2011/83/EU.", ["CELEX:32011L0083:recital-14"]),
        (
            "Podle čl. 5 odst. 1 a bodu 26 odůvodnění nařízení (EU) 2016/679 se to nepoužije.",
            [f"{GDPR}:5(1)", f"{GDPR}:recital-26"],
        ),
        # a point before an article stays the article's (dropped: a numbered point)
        ("Podle bodu 3 článku 5 nařízení (EU) 2016/679 se to nepoužije.", [f"{GDPR}:5"]),
        # the reasons of a judgment are no recital
        ("Soud v odůvodnění rozsudku uvedl, že nařízení (EU) 2016/679 platí.", [GDPR]),
    ],
)
def test_czech_recital_numbered_inside_its_word(text: str, expected: list[str]) -> None:
    assert keys(text, "cs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Klagebefugnis folgt aus Art. 263 Abs. 4 Alt. 3 AEUV.", ["TFEU:263(4)"]),
        ("Dies betrifft Art. 263 Abs. 4 Var. 2 AEUV.", ["TFEU:263(4)"]),
        ("Die Einwilligung nach Art. 6 Abs. 1 S. 1 Hs. 2 DSGVO genügt.", [f"{GDPR}:6(1)"]),
        ("Art. 9 Abs. 2 lit. a Alt. 1 DSGVO erlaubt dies.", [f"{GDPR}:9(2)(a)"]),
        (
            "Nach Art. 6 Abs. 1 Spiegelstrich 2 der Richtlinie 2000/78/EG ist dies zulässig.",
            ["CELEX:32000L0078:6(1)"],
        ),
    ],
)
def test_german_sentence_subdivisions_are_dropped(text: str, expected: list[str]) -> None:
    assert keys(text, "de") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a number sign after the recital word with no act in reach stays no citation
        ("it", "Il considerando n. 3 del presente regolamento chiarisce la portata."),
        ("de", "Die Alt. 3 ist hier nicht einschlägig."),
        ("fi", "Johdanto-osan 5 perustelukappaleessa todetaan tämän asetuksen tavoite."),
        ("cs", "V bodě 12 odůvodnění tohoto nařízení se uvádí jeho cíl."),
    ],
)
def test_no_citation_without_an_act(lang: str, text: str) -> None:
    assert keys(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a list of sentences or subparagraphs after a paragraph: all dropped, no
        # paragraph 2 of the article
        ("de", "Der Widerruf ist nach Art. 7 Abs. 3 Satz 1 und 2 DSGVO möglich.", [f"{GDPR}:7(3)"]),
        ("de", "Vgl. Art. 4 Abs. 3 UAbs. 1 und 2 EUV.", ["TEU:4(3)"]),
        ("de", "Vgl. Art. 7 Abs. 3 Sätze 1 bis 3 DSGVO.", [f"{GDPR}:7(3)"]),
        ("cs", "Podle čl. 4 odst. 3 pododstavce 1 a 2 SEU jsou státy vázány.", ["TEU:4(3)"]),
        ("sk", "Podľa čl. 4 ods. 3 pododseky 1 a 2 ZEÚ sú štáty viazané.", ["TEU:4(3)"]),
        (
            "en",
            "Under Article 4(3), subparagraphs 1 and 2, TEU, Member States assist.",
            ["TEU:4(3)"],
        ),
        # what follows the list keeps its own reading
        (
            "de",
            "Art. 13 Abs. 2 Satz 1 und Abs. 3 DSGVO sowie Art. 13 Abs. 1 und 2 DSGVO.",
            [f"{GDPR}:13(2)", f"{GDPR}:13(3)", f"{GDPR}:13(1)", f"{GDPR}:13(2)"],
        ),
        ("de", "Art. 13 Abs. 2 Satz 2 und Art. 14 DSGVO gelten.", [f"{GDPR}:13(2)", f"{GDPR}:14"]),
        (
            "de",
            "Artt. 13, 14 DSGVO regeln die Informationspflichten.",
            [f"{GDPR}:13", f"{GDPR}:14"],
        ),
    ],
)
def test_subparagraph_lists_are_dropped(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # abbreviated annex and recital words of commentaries and footnotes
        (
            "nl",
            "De projecten van bijl. II bij Richtlijn 2011/92/EU.",
            ["CELEX:32011L0092:annex-II"],
        ),
        ("cs", "Projekty uvedené v příl. II směrnice 2011/92/EU.", ["CELEX:32011L0092:annex-II"]),
        ("sk", "Projekty uvedené v príl. II smernice 2011/92/EÚ.", ["CELEX:32011L0092:annex-II"]),
        (
            "it",
            "Si vedano il cons. 26 GDPR e il cons. 47 del GDPR.",
            [f"{GDPR}:recital-26", f"{GDPR}:recital-47"],
        ),
        ("nl", "Zie overw. 26 AVG over anonieme gegevens.", [f"{GDPR}:recital-26"]),
        # a national annex or act stays out
        ("nl", "Zie bijl. 3 bij de Wet.", []),
        ("cs", "Viz příl. č. 1 zákona č. 110/2019 Sb.", []),
    ],
)
def test_abbreviated_annex_and_recital_words(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a recital numbered by an ordinal numeral before its word
        ("de", "Dies folgt aus dem 3. Erwägungsgrund der Richtlinie 2011/83/EU.", 3),
        ("sk", "Podľa 14. odôvodnenia smernice 2011/83/EÚ sa to uplatní.", 14),
        ("sk", "Ako sa uvádza v 14. odôvodnení smernice 2011/83/EÚ.", 14),
        ("cs", "Podle 26. bodu odůvodnění směrnice 2011/83/EU se to použije.", 26),
        ("fr", "Ainsi qu'il ressort du 3e considérant de la directive 2011/83/UE.", 3),
        ("it", "Come chiarisce il 3° considerando della direttiva 2011/83/UE.", 3),
        ("en", "As the 3rd recital of Directive 2011/83/EU explains.", 3),
        ("hu", "A 2011/83/EU irányelv 26. preambulumbekezdése szerint.", 26),
        # the Slovak locative of the recital word ("v odôvodnení 14")
        ("sk", "V odôvodnení 14 smernice 2011/83/EÚ sa uvádza cieľ.", 14),
    ],
)
def test_recital_numbered_by_an_ordinal_numeral(lang: str, text: str, expected: int) -> None:
    assert keys(text, lang) == [f"CELEX:32011L0083:recital-{expected}"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a recital word with its own number keeps it; a year before it is no ordinal
        ("de", "Im Jahr 2016. Erwägungsgrund 5 der Richtlinie 2011/83/EU.", ["recital-5"]),
        ("de", "Bis 2016. Erwägungsgründe der Richtlinie 2011/83/EU sind zu lesen.", []),
    ],
)
def test_no_ordinal_recital_from_other_numbers(lang: str, text: str, expected: list[str]) -> None:
    pins = [k.removeprefix("CELEX:32011L0083").lstrip(":") for k in keys(text, lang)]
    assert [p for p in pins if p] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hungarian national texts write the recital word apart or hyphenated as well
        # as in one word ("preambulumbekezdés").
        (
            "Az általános adatvédelmi rendelet (11) preambulum bekezdése a rendelet egyik fő "
            "célját határozza meg.",
            [f"{GDPR}:recital-11"],
        ),
        (
            "A GDPR (47) preambulum-bekezdése szerint a jogos érdek mérlegelendő.",
            [f"{GDPR}:recital-47"],
        ),
        ("a GDPR 47. preambulum bekezdése szerint", [f"{GDPR}:recital-47"]),
        ("a GDPR (47) és (48) preambulum bekezdése", [f"{GDPR}:recital-47", f"{GDPR}:recital-48"]),
        # The preamble alone, or a paragraph of a national act's, is no recital.
        ("a 2016/679 rendelet preambuluma", [GDPR]),
        ("az Alaptörvény preambulumának második bekezdése", []),
    ],
)
def test_hungarian_recital_word_apart_or_hyphenated(text: str, expected: list[str]) -> None:
    assert keys(text, "hu") == expected
