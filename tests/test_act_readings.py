"""Which part of an act number is its year, and which numbers are no acts at all.

An act number is read year first or number first from its form, its domain and the
kind of act: a year is never in the future, directives are numbered year first, and
a number followed by a procedure type in brackets is a procedure.
"""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [
        c.key for c in citeresolve.extract(text, lang=lang) if c.type in ("eu_act", "procedure")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A bracketed domain, then a four-digit year and a two-digit serial: two-digit
        # years end in 1999, so "36" is no year (was CELEX:32036L2013).
        (
            "es",
            "modifican, respectivamente, la Directiva (UE) 2013/36 del Parlamento Europeo "
            "y del Consejo, de 26 de junio de 2013, relativa al acceso a la actividad",
            ["CELEX:32013L0036"],
        ),
        (
            "fr",
            "modifiant la directive (UE) 2013/36 du Parlement européen et du Conseil",
            ["CELEX:32013L0036"],
        ),
        (
            "en",
            "amending Directive (EU) 2013/36 as regards exempted entities",
            ["CELEX:32013L0036"],
        ),
        # "No" before a directive's number does not make it number first (was 1965).
        (
            "lt",
            "dėl kurių jai konkrečiai suteiktas veiklos leidimas pagal Direktyvą Nr. 2014/65/ES.",
            ["CELEX:32014L0065"],
        ),
        ("de", "die Wertpapierfirmen nach der Richtlinie Nr. 2014/65/EU", ["CELEX:32014L0065"]),
        ("pl", "zezwolenie na podstawie dyrektywy nr 2014/65/UE", ["CELEX:32014L0065"]),
        # ... nor one whose second part can be no year (was nothing at all)
        (
            "en",
            "the product liability regime of Council Directive No 85/374/EEC",
            ["CELEX:31985L0374"],
        ),
        # Regulations keep their order: number, then year.
        ("fr", "le règlement (CE) n° 2006/2004 relatif à la coopération", ["CELEX:32004R2006"]),
        ("hu", "a 2006/2004/EK rendelet módosításáról", ["CELEX:32004R2006"]),
        ("lt", "Reglamentu (ES) Nr. 1093/2010 įsteigta institucija", ["CELEX:32010R1093"]),
        ("en", "Council Regulation (EEC) No 1408/71", ["CELEX:31971R1408"]),
    ],
)
def test_which_part_is_the_year(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A legislative tracker's line: the act amended, then the procedure that amended it
        # (the procedure number was also read as Regulation 2020/127).
        (
            "en",
            "Regulation\nAmending Regulation 2020/1429 2020/0127(COD)\nSubject",
            ["CELEX:32020R1429", "PROC:2020/0127(COD)"],
        ),
        (
            "fr",
            "Modification du règlement (UE) 2020/1429 2020/0127 (COD)",
            ["CELEX:32020R1429", "PROC:2020/0127(COD)"],
        ),
        (
            "de",
            "Änderung der Verordnung (EU) 2020/1429, 2020/0127(COD)",
            ["CELEX:32020R1429", "PROC:2020/0127(COD)"],
        ),
        # a bare second act of the list is still one
        (
            "en",
            "Regulations 2020/1429 and 2020/1430 apply",
            ["CELEX:32020R1429", "CELEX:32020R1430"],
        ),
    ],
)
def test_a_procedure_after_an_act_is_no_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A qualifier written after the act word, before a number without domain
        (
            "mt",
            "Flimkien mar-Regolament ta' Implimentazzjoni 987/2009, dan il-pakkett",
            ["CELEX:32009R0987"],
        ),
        (
            "it",
            "ai sensi del regolamento di esecuzione 2019/947 della Commissione",
            ["CELEX:32019R0947"],
        ),
        ("es", "el Reglamento Delegado 2019/980 completa el Reglamento", ["CELEX:32019R0980"]),
        ("ro", "Regulamentul de punere în aplicare 2019/947 stabilește", ["CELEX:32019R0947"]),
        # "European" after the act word
        (
            "ro",
            "normele UE privind produsele biocide. Regulamentul european 528/2012 prevede că",
            ["CELEX:32012R0528"],
        ),
        ("fr", "au sens du règlement européen 2016/679 sur la protection", ["CELEX:32016R0679"]),
        ("pt", "nos termos do Regulamento europeu 2016/679", ["CELEX:32016R0679"]),
        # another adjective is another kind of regulation: a building code
        ("it", "il regolamento edilizio 12/2010 del Comune", []),
        # a number word written with a dot it does not take
        (
            "mt",
            "Regolament tal-Kunsill (KEE) Nru. 1408/71 tal-14 ta’ Ġunju 1971 dwar",
            ["CELEX:31971R1408"],
        ),
        ("sv", "enligt rådets förordning (EG) nr. 1234/2007", ["CELEX:32007R1234"]),
        ("pl", "rozporządzenia Rady (WE) Nr. 1234/2007", ["CELEX:32007R1234"]),
    ],
)
def test_words_between_act_word_and_number(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a period of years is no act (was Regulation 2018 of 2017)
        ("fr", "sur la réforme du règlement (2017-2018) : voir le dossier", []),
        ("en", "the Regulation 2021-2027 period of the funds", []),
        ("it", "il regolamento 2014-2020 sui fondi strutturali", []),
        # a hyphen for a slash, with the domain, is still an act
        ("fr", "la directive 2006-123-CE relative aux services", ["CELEX:32006L0123"]),
        # inflected act words and number words written in full
        (
            "hr",
            "o tržištima kriptoimovine i izmjeni uredaba (EU) br. 1093/2010 i (EU) br. 1095/2010",
            ["CELEX:32010R1093", "CELEX:32010R1095"],
        ),
        (
            "sl",
            "TER RAZVELJAVITVI UREDB ŠTEVILKA 715/2007 IN ŠTEVILKA 595/2009.",
            ["CELEX:32007R0715", "CELEX:32009R0595"],
        ),
        ("sl", "in razveljavitvi uredbe številka 715/2007", ["CELEX:32007R0715"]),
    ],
)
def test_periods_and_inflected_words(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


def test_an_article_before_the_list_stays_with_its_own_act() -> None:
    # The acts the title of 2023/1114 amends have their own act word ("uredaba"): the
    # article pinned to 2023/1114 is not theirs too.
    text = (
        "Člankom 68. stavkom 4. Uredbe (EU) 2023/1114 Europskog parlamenta i Vijeća od 31. "
        "svibnja 2023. o tržištima kriptoimovine i izmjeni uredaba (EU) br. 1093/2010 i (EU) "
        "br. 1095/2010 propisano je"
    )
    assert [c.key for c in citeresolve.extract(text, lang="hr")] == [
        "CELEX:32023R1114:68(4)",
        "CELEX:32010R1093",
        "CELEX:32010R1095",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The Union's domain exists since December 2009: with it, a four-digit first part
        # is the year even after "No" (was CELEX:31969R2016).
        (
            "de",
            "Dieser Anhang wurde durch die Delegierte Verordnung (EU) Nr. 2016/1969 geändert.",
            ["CELEX:32016R1969"],
        ),
        ("fr", "le règlement (UE) n° 2016/1969 de la Commission", ["CELEX:32016R1969"]),
        ("el", "τον κανονισμό (ΕΕ) αριθ. 2016/1969 της Επιτροπής", ["CELEX:32016R1969"]),
        # ... also number first when the second part is the year since 2009.
        ("en", "Regulation (EU) No 1999/2016 of the Commission", ["CELEX:32016R1999"]),
        # Negatives: the Community's domain keeps the reading by form (number, year),
        # as does "(EU)" when neither order gives a year since 2009.
        ("de", "Verordnung (EG) Nr. 2006/2004 über die Zusammenarbeit", ["CELEX:32004R2006"]),
        ("en", "Regulation (EU) No 1169/2011 on food information", ["CELEX:32011R1169"]),
        # cs "ES" is the Community's (lv/lt "ES" the Union's): no era is read from it.
        ("cs", "nařízení (ES) č. 2006/2004 o spolupráci", ["CELEX:32004R2006"]),
    ],
)
def test_the_domain_fixes_the_era(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The Community's domain stood in act numbers from 1993 to 2009: a number whose
        # first part is a year before that, its second one within, is number first
        # (was CELEX:31982D2006, an act of 1982 numbered 2006).
        ("en", "as set out in Decision 1982/2006/EC on research", ["CELEX:32006D1982"]),
        ("fr", "conformément à la décision 1982/2006/CE relative au", ["CELEX:32006D1982"]),
        ("bg", "съгласно Решение 1982/2006/ЕО относно", ["CELEX:32006D1982"]),
        # The Economic Community's until 1993: "1995/1990/EWG" is No 1995 of 1990.
        ("de", "nach der Entscheidung 1995/1990/EWG über", ["CELEX:31990D1995"]),
        # Negatives: a year the domain admits keeps the reading by form.
        ("en", "Decision 2006/1982/EC on research", ["CELEX:32006D1982"]),
        ("de", "Verordnung (EG) Nr. 1998/2006 der Kommission", ["CELEX:32006R1998"]),
        ("nl", "Richtlijn 1999/2000/EG", ["CELEX:31999L2000"]),
    ],
)
def test_a_community_domain_dates_the_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A plural act word with its author and domain, a colon, then the list; an
        # aside in brackets between two items (its OJ reference) does not end it.
        (
            "pl",
            "zmian w rozporządzeniach Parlamentu i Rady (WE): nr 883/2004 z 29 kwietnia 2004 r."
            " w sprawie koordynacji (tzw. rozporządzenie podstawowe, Dz.Urz. UE z 2004 r. L 166,"
            " s. 1) oraz nr 987/2009 z 16 września 2009 r.",
            ["CELEX:32004R0883", "CELEX:32009R0987"],
        ),
        (
            "en",
            "amending Regulations (EC): No 883/2004 of 29 April 2004 and No 987/2009",
            ["CELEX:32004R0883", "CELEX:32009R0987"],
        ),
        ("pl", "nowelizacji rozporządzeń nr 883/2004 oraz 987/2009.", [
            "CELEX:32004R0883", "CELEX:32009R0987"]),
        # "No" in the bracket after an act word and its lower-case title; a year-first
        # number after "No" since 2015 (sl, en).
        (
            "sl",
            "besedilo Uredbe o splošnih skupinskih izjemah (št. 651/2014 s spremembami"
            " št. 2017/1084) je objavljeno",
            ["CELEX:32014R0651", "CELEX:32017R1084"],
        ),
        # A contrast between two items of a list (sv, en).
        (
            "sv",
            "har antagit förordning 859/2003 men inte 1231/2010.",
            ["CELEX:32003R0859", "CELEX:32010R1231"],
        ),
        ("en", "adopted Regulation 859/2003 but not 1231/2010.", [
            "CELEX:32003R0859", "CELEX:32010R1231"]),
        # A bracketed number with its domain takes the act word of its sentence (el).
        (
            "el",
            "• η οδηγία για την ισότητα στην απασχόληση, η οποία απαγόρευε τις διακρίσεις λόγω"
            " γενετήσιου προσανατολισμού, θρησκευτικών πεποιθήσεων, ηλικίας και αναπηρίας στον"
            " τομέα της απασχόλησης (78/2000/ΕΚ) και",
            ["CELEX:32000L0078"],
        ),
        # A framework decision with its hyphen spaced (el).
        (
            "el",
            "για την αντικατάσταση της απόφασης - πλαισίου 2000/383/ΔΕΥ του Συμβουλίου",
            ["CELEX:32000F0383"],
        ),
        # A footnote marker glued to the first item does not break the list (sv: markers
        # 1, 2, 3 in the text).
        (
            "sv",
            "ska vid behov dra in1 intyget med stöd av artikel 5.2 i förordning 987/20092.\n\n"
            "Förordning 883/20043 och 987/2009 har till syfte att samordna",
            ["CELEX:32009R0987:5(2)", "CELEX:32004R0883", "CELEX:32009R0987"],
        ),
        # Negatives: a national body's regulation with "No" in brackets; a bracketed
        # number whose sentence names no act; another number after the contrast.
        ("en", "the Regulation of the Garante (No 1/2000)", []),
        ("it", "il regolamento del Garante (n. 1/2000)", []),
        ("en", "The Commission published the guidance on the matter (2004/123/EC).", []),
        ("en", "Regulation 859/2003 applies but not before 12/2010", ["CELEX:32003R0859"]),
    ],
)  # fmt: skip
def test_lists_titles_and_sentences_of_act_numbers(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected
