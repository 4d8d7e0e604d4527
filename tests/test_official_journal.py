"""Official Journal references in the forms texts really use, in several languages."""

from __future__ import annotations

import pytest

import citeresolve


def oj(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the series in words, the year from the reference's own date
        (
            "en",
            "Regulation (EU) No 1303/2013 (Official Journal L 119 of 4.5.2016, p. 1) applies.",
            [("OJ:L:2016:119:1", "Official Journal L 119 of 4.5.2016, p. 1")],
        ),
        (
            "cs",
            "nařízení (EU) 2016/679 (Úř. věst. L 119 ze 4.5.2016, s. 1)",
            [("OJ:L:2016:119:1", "Úř. věst. L 119 ze 4.5.2016, s. 1")],
        ),
        # the date first, the page after a slash
        (
            "de",
            "Durchführungsverordnung (EU) Nr. 251/2014 (ABl. vom 12.03.2014, L 72/4).",
            [("OJ:L:2014:072:4", "ABl. vom 12.03.2014, L 72/4")],
        ),
        # ISO dates
        (
            "en",
            "Regulation (EU) 2016/679 (OJ L 119, 2016-05-04, p. 1)",
            [("OJ:L:2016:119:1", "OJ L 119, 2016-05-04, p. 1")],
        ),
        # the journal's domain after its abbreviation
        (
            "de",
            "Richtlinie 98/34/EG (ABl. EG Nr. L 204 vom 21.7.1998, S. 37)",
            [("OJ:L:1998:204:37", "ABl. EG Nr. L 204 vom 21.7.1998, S. 37")],
        ),
        # compact national form
        (
            "pl",
            "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2016/679 (Dz.U.UE.L.2016.119.1)",
            [("OJ:L:2016:119:1", "Dz.U.UE.L.2016.119.1")],
        ),
        # page first, with a range
        (
            "lv",
            "Regula (ES) 2016/679 (OV L 119, 4.5.2016., 12./19. lpp.)",
            [("OJ:L:2016:119:12", "OV L 119, 4.5.2016., 12./19. lpp.")],
        ),
        (
            "hu",
            "(HL L 119., 2016.5.4., 1. o.)",
            [("OJ:L:2016:119:1", "HL L 119., 2016.5.4., 1. o.")],
        ),
        # a footnote number glued to the abbreviation
        (
            "en",
            "Directive 2008/98/EC2\n2OJ L 88, 4.4.2011, p. 5.",
            [("OJ:L:2011:088:5", "OJ L 88, 4.4.2011, p. 5")],
        ),
        (
            "fr",
            "1JO L 124 du 9.5.2002, p. 1.",
            [("OJ:L:2002:124:1", "JO L 124 du 9.5.2002, p. 1")],
        ),
        # the series letter lost before a C-only subseries
        (
            "lv",
            "Oficiālais Vēstnesis 317 E , 23/12/2006 Lpp. 0480 - 0485",
            [("OJ:C:2006:317E:480", "Oficiālais Vēstnesis 317 E , 23/12/2006 Lpp. 0480")],
        ),
        # the journal's name with the Union abbreviated (data union_short)
        (
            "sl",
            "o spremembi Uredbe (EU) št. 702/2014 (Uradni list EU L 156, 20.6.2017, str. 1–18)",
            [("OJ:L:2017:156:1", "Uradni list EU L 156, 20.6.2017, str. 1")],
        ),
        (
            "sl",
            "Uredba Komisije (EU) št. 651/2014 (Uradni list EU L187, 26.06.2014)",
            [("OJ:L:2014:187", "Uradni list EU L187, 26.06.2014")],
        ),
        (
            "hr",
            "Uredba (EU) 2016/679 (Službeni list EU L 119, 4.5.2016., str. 1.)",
            [("OJ:L:2016:119:1", "Službeni list EU L 119, 4.5.2016., str. 1")],
        ),
        # the year first after its connector and year mark
        (
            "pl",
            "(tzw. rozporządzenie podstawowe, Dz.Urz. UE z 2004 r. L 166, s. 1)",
            [("OJ:L:2004:166:1", "Dz.Urz. UE z 2004 r. L 166, s. 1")],
        ),
        (
            "de",
            "Verordnung (EG) Nr. 883/2004 (ABl. 2004 L 166, S. 1)",
            [("OJ:L:2004:166:1", "ABl. 2004 L 166, S. 1")],
        ),
    ],
)
def test_official_journal_forms(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a page header after the title is no citation
        ("en", "Official Journal of the European Union L 130/1"),
        ("de", "Amtsblatt der Europäischen Union L 62/1"),
        # no series and no C-only subseries: nothing to key
        ("en", "published in the Official Journal 119 of 2016"),
        # national journals: Slovenia's Uradni list RS, Poland's Dziennik Ustaw
        ("sl", "Zakon o varstvu osebnih podatkov (Uradni list RS, št. 163/22)"),
        ("pl", "ustawa z dnia 10 maja 2018 r. (Dz.U. z 2019 r. poz. 1781)"),
    ],
)
def test_not_official_journal_citations(lang: str, text: str) -> None:
    assert oj(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The ECB's Maltese lists write the page "pġ." (the OJ itself writes "p.").
        (
            "mt",
            "(BĊE/2014/17), ĠU L 141, 14.5.2014, pġ. 1.",
            [("OJ:L:2014:141:1", "ĠU L 141, 14.5.2014, pġ. 1")],
        ),
        # plurals before a range: it "pagg.", es "págs.", el "σσ."
        (
            "it",
            "regolamento (UE) 2016/679 (GU L 119 del 4.5.2016, pagg. 1-88)",
            [("OJ:L:2016:119:1", "GU L 119 del 4.5.2016, pagg. 1")],
        ),
        (
            "es",
            "Reglamento (UE) 2016/679 (DO L 119 de 4.5.2016, págs. 1-88)",
            [("OJ:L:2016:119:1", "DO L 119 de 4.5.2016, págs. 1")],
        ),
        (
            "el",
            "Κανονισμός (ΕΕ) 2016/679 (ΕΕ L 119 της 4.5.2016, σσ. 1-88)",
            [("OJ:L:2016:119:1", "ΕΕ L 119 της 4.5.2016, σσ. 1")],
        ),
        # the abbreviation's dot lost
        (
            "de",
            "Verordnung (EU) 2016/679 (ABl L 119/1)",
            [("OJ:L:2016:119:1", "ABl L 119/1")],
        ),
        (
            "pl",
            "rozporządzenie (UE) 2016/679 (Dz.U L 119 z 4.5.2016, s. 1)",
            [("OJ:L:2016:119:1", "Dz.U L 119 z 4.5.2016, s. 1")],
        ),
        (
            "cs",
            "nařízení (EU) 2016/679 (Úř. věst L 119, 4.5.2016, s. 1)",
            [("OJ:L:2016:119:1", "Úř. věst L 119, 4.5.2016, s. 1")],
        ),
        # the page word's dot lost
        (
            "en",
            "Regulation (EU) 2016/679 (OJ L 119, 4.5.2016, p 1)",
            [("OJ:L:2016:119:1", "OJ L 119, 4.5.2016, p 1")],
        ),
        (
            "de",
            "Richtlinie 98/34/EG (ABl. L 204 vom 21.7.1998, S 37)",
            [("OJ:L:1998:204:37", "ABl. L 204 vom 21.7.1998, S 37")],
        ),
        # In running text the date is "dne" / "zo dňa" and the page "na str." / "na s.".
        (
            "cs",
            "vyhlášena v Úředním věstníku Evropské unie L 127 dne 14. 5. 2011 na str. 6 až 1343",
            [("OJ:L:2011:127:6", "Úředním věstníku Evropské unie L 127 dne 14. 5. 2011 na str. 6")],
        ),
        (
            "sk",
            "uverejnené v Úradnom vestníku Európskej únie L 119 zo dňa 4.5.2016 na s. 1",
            [
                (
                    "OJ:L:2016:119:1",
                    "Úradnom vestníku Európskej únie L 119 zo dňa 4.5.2016 na s. 1",
                )
            ],
        ),
    ],
)
def test_page_words_of_every_language(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A capital after the issue is a subseries letter only if the OJ has that
        # subseries (A, E, I, M): "S." and "P." are page words, the year the act's.
        (
            "de",
            "Die Richtlinie 98/5/EG (ABl. EG Nr. L 77 S. 36) sieht eine Liberalisierung vor",
            [("OJ:L:1998:077:36", "ABl. EG Nr. L 77 S. 36")],
        ),
        (
            "en",
            "Directive 98/5/EC (OJ L 77 P. 36) liberalises",
            [("OJ:L:1998:077:36", "OJ L 77 P. 36")],
        ),
        ("en", "OJ C 48 A, 24.2.2005", [("OJ:C:2005:048A", "OJ C 48 A, 24.2.2005")]),
        # bg "ОВ" and el "ΕΕ" typed with the Latin letters they look like
        (
            "bg",
            "COM(2013) 534 final\n\nOB C 170, 5.6.2014, p. 85–90 (BG, ES, CS)",
            [("OJ:C:2014:170:85", "OB C 170, 5.6.2014, p. 85")],
        ),
        (
            "el",
            "Οδηγία 2011/83/ΕΕ (EE L 304 της 22.11.2011, σ. 64)",
            [("OJ:L:2011:304:64", "EE L 304 της 22.11.2011, σ. 64")],
        ),
    ],
)
def test_letters_after_the_issue_and_look_alike_abbreviations(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # prose writes the page word in full
        (
            "en",
            "published in the Official Journal of the European Union L 119 of 4 May 2016, page 1.",
            [
                (
                    "OJ:L:2016:119:1",
                    "Official Journal of the European Union L 119 of 4 May 2016, page 1",
                )
            ],
        ),
        (
            "de",
            "veröffentlicht im Amtsblatt der Europäischen Union L 119 vom 4. Mai 2016, Seite 1",
            [
                (
                    "OJ:L:2016:119:1",
                    "Amtsblatt der Europäischen Union L 119 vom 4. Mai 2016, Seite 1",
                )
            ],
        ),
        (
            "pl",
            "opublikowane w Dz.U. L 119 z 4.5.2016, na stronie 1",
            [("OJ:L:2016:119:1", "Dz.U. L 119 z 4.5.2016, na stronie 1")],
        ),
        # after the number
        (
            "hu",
            "(HL L 119., 2016.5.4., 1. oldal)",
            [("OJ:L:2016:119:1", "HL L 119., 2016.5.4., 1. oldal")],
        ),
        (
            "lv",
            "OV L 119, 4.5.2016., 1. lappuse",
            [("OJ:L:2016:119:1", "OV L 119, 4.5.2016., 1. lappuse")],
        ),
    ],
)
def test_page_words_in_full(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert oj(text, lang) == expected


def test_a_lone_letter_after_an_issue_is_no_page_word() -> None:
    # "p" without its dot is a page word only before a number.
    assert oj("(OJ L 119, 4.5.2016, p and q)", "en") == [("OJ:L:2016:119", "OJ L 119, 4.5.2016")]


def test_year_less_reference_closes_the_dated_act_of_its_sentence() -> None:
    text = (
        "la directive 2002/24/CE du Parlement européen et du Conseil, du 18 mars 2002, relative "
        "à la réception des véhicules et abrogeant la directive 92/61/CEE du Conseil "
        "(JO L 124, p. 1)."
    )
    assert [k for k, _ in oj(text, "fr")] == ["OJ:L:2002:124:1"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The year before the series, with its connector and year mark (pl).
        (
            "pl",
            "(tzw. rozporządzenie podstawowe, Dz.Urz. UE z 2004 r. L 166, s. 1) oraz",
            [("OJ:L:2004:166:1", "Dz.Urz. UE z 2004 r. L 166, s. 1")],
        ),
        ("en", "OJ 1990 L 192, p. 1", [("OJ:L:1990:192:1", "OJ 1990 L 192, p. 1")]),
        # The journal's name with the Union's abbreviation (sl), the issue glued to L.
        (
            "sl",
            "stroškov(Uradni list EU L 156, 20.6.2017, str. 1–18).",
            [("OJ:L:2017:156:1", "Uradni list EU L 156, 20.6.2017, str. 1")],
        ),
        (
            "sl",
            "pri uporabi členov 107 in 108 Pogodbe(Uradni list EU L187, 26.06.2014), velja",
            [("OJ:L:2014:187", "Uradni list EU L187, 26.06.2014")],
        ),
        # An ordinal day (fr "1er").
        (
            "fr",
            "et rectificatif publié au JOUE L310 du 1er décembre 2022 Date",
            [("OJ:L:2022:310", "JOUE L310 du 1er décembre 2022")],
        ),
        # Negatives: the national journals (pl "Dz. U.", sl "Uradni list RS"), and a
        # classic issue dated after classic numbering ended (an act-by-act number that
        # lost its year), beside one dated before.
        ("pl", "ustawa (Dz. U. z 2016 r. poz. 922)", []),
        ("sl", "Zakon o mednarodni zaščiti (Uradni list RS, št. 22/16)", []),
        (
            "cs",
            "Publikováno: Úř. věst. L 2225, 30.10.2023; Úř. věst. L 231, 20.9.2023, s. 1",
            [("OJ:L:2023:231:1", "Úř. věst. L 231, 20.9.2023, s. 1")],
        ),
    ],
)
def test_year_first_national_names_and_ordinal_days(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert oj(text, lang) == expected
