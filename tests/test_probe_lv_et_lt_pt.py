"""Classes found by blind recall probes in Latvian, Estonian, Lithuanian and
Portuguese text: lettered points listed right after a number-first article word,
a bare letter after a closed point list that is a word of the sentence, Estonian
plural point words and titles going on after their postposition, the Latvian
"Treaty on the establishment of …" titles of the Euratom and EC Treaties, an act
whose bracketed name the articles follow, compound ordinals, an instrument before an
"and" among the words after "of", points of that paragraph from the sentence before;
and Estonian annexes numbered before their word (read since the annex_numeral_first
field), which the probes found too."""

from __future__ import annotations

import pytest

from citeresolve import extract


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Apribojimai išvardyti Reglamento (ES) 2022/720 4 straipsnio a ir b punktuose.",
            ["CELEX:32022R0720:4(a)", "CELEX:32022R0720:4(b)"],
        ),
        (
            "lt",
            "Taikomi Direktyvos 2006/123/EB 15 straipsnio a, c ir f punktai.",
            ["CELEX:32006L0123:15(a)", "CELEX:32006L0123:15(c)", "CELEX:32006L0123:15(f)"],
        ),
        (
            "lv",
            "Šie ierobežojumi ir minēti Regulas (ES) 2022/720 4. panta a) un b) apakšpunktā.",
            ["CELEX:32022R0720:4(a)", "CELEX:32022R0720:4(b)"],
        ),
        (
            "hu",
            "a 2022/720/EU rendelet 4. cikkének a) és b) pontja szerint",
            ["CELEX:32022R0720:4(a)", "CELEX:32022R0720:4(b)"],
        ),
        (
            "fi",
            "asetuksen (EU) 2022/720 4 artiklan a ja b alakohdassa luetellut rajoitukset",
            ["CELEX:32022R0720:4(a)", "CELEX:32022R0720:4(b)"],
        ),
    ],
)
def test_letters_right_after_a_number_first_article_word(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Garantijas numato BDAR 46 straipsnio 2 dalies c punktas, o BDAR 40 "
            "konstatuojamojoje dalyje paaiškinta sutikimo reikšmė.",
            ["CELEX:32016R0679:46(2)(c)", "CELEX:32016R0679:recital-40"],
        ),
        (
            "lt",
            "SESV 107 straipsnio 3 dalies c punktas, d ir e punktai",
            ["TFEU:107(3)(c)", "TFEU:107(3)(d)", "TFEU:107(3)(e)"],
        ),
        (
            "fi",
            "asetuksen (EU) 2016/679 6 artiklan 1 kohdan c alakohta, e ja f alakohta",
            ["CELEX:32016R0679:6(1)(c)", "CELEX:32016R0679:6(1)(e)", "CELEX:32016R0679:6(1)(f)"],
        ),
    ],
)
def test_a_loose_letter_after_a_closed_point_list(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• komisjoni määruse (EL) nr 480/2014 III lisa", ["CELEX:32014R0480:annex-III"]),
        ("vastavalt määruse (EL) nr 1303/2013 XIII lisale", ["CELEX:32013R1303:annex-XIII"]),
        ("määruse (EL) 2016/679 lisa III", ["CELEX:32016R0679:annex-III"]),
        ("vt ELTL artikkel 107 ja III peatükk", ["TFEU:107"]),
    ],
)
def test_estonian_annex_numbered_before_its_word(text: str, expected: list[str]) -> None:
    assert keys(text, "et") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("lv", "Direktīvas 2014/24/ES XIV pielikums", ["CELEX:32014L0024:annex-XIV"]),
        (
            "lt",
            "Komisijos reglamento (ES) Nr. 480/2014 III priedas",
            ["CELEX:32014R0480:annex-III"],
        ),
        ("hu", "az (EU) 2016/679 rendelet II. melléklete", ["CELEX:32016R0679:annex-II"]),
    ],
)
def test_number_first_languages_keep_their_annexes(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


def test_estonian_plural_point_words() -> None:
    text = "tarbijakrediidi direktiivi 2008/48/EÜ artikli 10 lõike 2 punktidega a, b ja e"
    assert keys(text, "et") == [
        "CELEX:32008L0048:10(2)(a)",
        "CELEX:32008L0048:10(2)(b)",
        "CELEX:32008L0048:10(2)(e)",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ņemot vērā Līgumu par Eiropas Atomenerģijas kopienas dibināšanu"
            " un jo īpaši tā 31. pantu,",
            ["EAEC", "EAEC:31"],
        ),
        ("saskaņā ar Līguma par Eiropas Kopienas dibināšanu 81. pantu", ["TEC:81"]),
        ("Līguma par Eiropas Ekonomikas kopienas dibināšanu 85. pants", ["TEC:85"]),
    ],
)
def test_latvian_treaty_on_the_establishment_titles(text: str, expected: list[str]) -> None:
    assert keys(text, "lv") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nõukogu direktiivi 93/13/EMÜ ebaõiglaste tingimuste kohta tarbijalepingutes "
            "(EÜT L 95, 21.4.1993, lk 29) artikli 6 lõike 1 järgi",
            ["OJ:L:1993:095:29", "CELEX:31993L0013:6(1)"],
        ),
        (
            "direktiivi 2006/123/EÜ teenuste kohta siseturul (ELT 2006, L 376, lk 36) "
            "artikli 15 lõige 2",
            ["OJ:L:2006:376:36", "CELEX:32006L0123:15(2)"],
        ),
        (
            "määruse (EL) nr 1215/2012 kohtualluvuse ning kohtuotsuste tunnustamise ja "
            "täitmise kohta tsiviil- ja kaubandusasjades artikli 7",
            ["CELEX:32012R1215:7"],
        ),
    ],
)
def test_estonian_title_going_on_after_its_postposition(text: str, expected: list[str]) -> None:
    assert keys(text, "et") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Regulas (ES) 2016/679 par fizisku personu aizsardzību un ar ko atceļ Direktīvu "
            "95/46/EK (Vispārīgā datu aizsardzības regula) 6. panta 1. punkta e) apakšpunkts",
            ["CELEX:31995L0046", "CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "lt",
            "reglamento (ES) 2016/679 dėl fizinių asmenų apsaugos (Bendrasis duomenų apsaugos "
            "reglamentas) 6 straipsnio 1 dalies e punktą",
            ["CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "hu",
            "az (EU) 2016/679 rendelet a természetes személyeknek a személyes adatok kezelése "
            "tekintetében történő védelméről (általános adatvédelmi rendelet) 6. cikke",
            ["CELEX:32016R0679:6"],
        ),
        (
            "lv",
            "Tika pieņemta Regula (ES) 2016/679. Tās nosaukums ir garš (Vispārīgā datu "
            "aizsardzības regula) 6. pants",
            ["CELEX:32016R0679", "CELEX:32016R0679:6"],
        ),
    ],
)
def test_an_act_whose_bracketed_name_the_articles_follow(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Nos termos do vigésimo quarto considerando da Diretiva 93/13/CEE, os meios",
            ["CELEX:31993L0013:recital-24"],
        ),
        (
            "pt",
            "o décimo primeiro considerando da Diretiva 93/13/CEE",
            ["CELEX:31993L0013:recital-11"],
        ),
        (
            "es",
            "el trigésimo segundo considerando de la Directiva 93/13/CEE",
            ["CELEX:31993L0013:recital-32"],
        ),
        (
            "es",
            "el vigésimo considerando de la Directiva 93/13/CEE",
            ["CELEX:31993L0013:recital-20"],
        ),
        (
            "el",
            "την εικοστή τέταρτη αιτιολογική σκέψη της οδηγίας 93/13/ΕΟΚ",
            ["CELEX:31993L0013:recital-24"],
        ),
    ],
)
def test_compound_ordinals_of_recitals(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "respeita o princípio previsto no artigo 5.º, n.º 3, do TUE e no Protocolo n.º 2.",
            ["TEU:5(3)", "PROTOCOL-2"],
        ),
        (
            "en",
            "as laid down in Article 5(3) of the TEU and in Protocol No 2.",
            ["TEU:5(3)", "PROTOCOL-2"],
        ),
        (
            "it",
            "previsto dall'articolo 5, paragrafo 3, del TUE e dal protocollo n. 2.",
            ["TEU:5(3)", "PROTOCOL-2"],
        ),
        ("en", "Article 6 of the TEU and the TFEU", ["TEU:6", "TFEU"]),
    ],
)
def test_the_instrument_before_an_and_among_the_words_after_of(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Nos termos da alínea c) do n.º 1 do artigo 6.º do RGPD, o tratamento é lícito. "
            "A alínea e) do mesmo número permite o tratamento.",
            ["CELEX:32016R0679:6(1)(c)", "CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "es",
            "Según la letra c) del apartado 1 del artículo 6 del RGPD, el tratamiento es lícito. "
            "La letra e) del mismo apartado permite el tratamiento.",
            ["CELEX:32016R0679:6(1)(c)", "CELEX:32016R0679:6(1)(e)"],
        ),
        (
            "en",
            "Under point (c) of Article 6(1) GDPR processing is lawful. Point (e) of that "
            "paragraph allows processing.",
            ["CELEX:32016R0679:6(1)(c)", "CELEX:32016R0679:6(1)(e)"],
        ),
    ],
)
def test_points_of_that_paragraph_from_the_sentence_before(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
