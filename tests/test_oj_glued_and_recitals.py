"""Official Journal references whose series a conversion glued to the abbreviation
("JOL 185"), Croatian inflected journal names, an empty date field read with the page
after its number (hu "1. o."), and recitals numbered in brackets as the OJ prints them
("recitals (3), (6) and (19)")."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str, kind: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == kind]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "(4)JOL 185, 16.8.1971, p. 5.", [("OJ:L:1971:185:5", "JOL 185, 16.8.1971, p. 5")]),
        (
            "ro",
            "(1)JOC 230, 28.8.1987, p. 6 şi JO C 15, 19.1.1989, p. 8.",
            [
                ("OJ:C:1987:230:6", "JOC 230, 28.8.1987, p. 6"),
                ("OJ:C:1989:015:8", "JO C 15, 19.1.1989, p. 8"),
            ],
        ),
        ("en", "see OJL 119, 4.5.2016, p. 1", [("OJ:L:2016:119:1", "OJL 119, 4.5.2016, p. 1")]),
        ("sv", "EUTL 119, 4.5.2016, s. 1", [("OJ:L:2016:119:1", "EUTL 119, 4.5.2016, s. 1")]),
        # Negatives: no issue after the letter; a word that only starts like one.
        ("fr", "le JOC de la semaine", []),
        ("es", "el DOC 230 del expediente", []),
        ("en", "the JOLLY 185 club", []),
    ],
)
def test_series_glued_to_the_abbreviation(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang, "oj") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "vu l'avis du Comité des régionsJO C 157 du 3.5.2023, p. 38.,statuant",
            [("OJ:C:2023:157:38", "JO C 157 du 3.5.2023, p. 38")],
        ),
        (
            "en",
            "Having regard to the opinion of the CommitteeOJ C 56, 16.2.2021, p. 10.,",
            [("OJ:C:2021:056:10", "OJ C 56, 16.2.2021, p. 10")],
        ),
        (
            "it",
            "visto il parere del Comitato delle regioniGU C 79 del 2.3.2022, pag. 7.,",
            [("OJ:C:2022:079:7", "GU C 79 del 2.3.2022, pag. 7")],
        ),
        # Negatives: without its date a capital run into a word is none.
        ("fr", "le regroupement des régionsJO C 157 et suivants", []),
        ("en", "the ebookOJ L 12 series", []),
    ],
)
def test_abbreviation_run_into_the_word_before(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang, "oj") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a footnote's text run into the sentence: the date alone says it is a reference
        (
            "fr",
            "vu l'avis du Comité économique et socialJO C 88 du 3.4.2001; considérant",
            [("OJ:C:2001:088", "JO C 88 du 3.4.2001")],
        ),
        (
            "it",
            "visto il parere del Comitato economico e socialeGU C 88 del 3.4.2001; considerando",
            [("OJ:C:2001:088", "GU C 88 del 3.4.2001")],
        ),
        (
            "en",
            "Having regard to the opinion of the Economic and Social CommitteeOJ C 88, "
            "3.4.2001; Whereas",
            [("OJ:C:2001:088", "OJ C 88, 3.4.2001")],
        ),
    ],
)
def test_abbreviation_run_into_a_word_with_its_date_only(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang, "oj") == expected


@pytest.mark.parametrize(
    ("lang", "text", "oj"),
    [
        (
            "fr",
            "le Conseil a adopté la directive 91/629/CEEJO L 340 du 11.12.1991, p. 28. relative",
            ("OJ:L:1991:340:28", "JO L 340 du 11.12.1991, p. 28"),
        ),
        (
            "en",
            "the Council adopted Directive 91/629/EECOJ L 340, 11.12.1991, p. 28. laying down",
            ("OJ:L:1991:340:28", "OJ L 340, 11.12.1991, p. 28"),
        ),
        (
            "es",
            "el Consejo adoptó la Directiva 91/629/CEEDO L 340 de 11.12.1991, p. 28. relativa",
            ("OJ:L:1991:340:28", "DO L 340 de 11.12.1991, p. 28"),
        ),
    ],
)
def test_abbreviation_run_into_the_act_number_before(
    lang: str, text: str, oj: tuple[str, str]
) -> None:
    # the footnote's marker lost, its reference glued to the act's domain: both are cited
    assert found(text, lang, "oj") == [oj]
    assert "CELEX:31991L0629" in [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    "text",
    [
        "(GU L 199 dell'11.7.2007, pag. 1)",
        "(GU L 199 dell’11.7.2007, pag. 1)",
        "(GU L 199 del 11.7.2007, pag. 1)",
    ],
)
def test_italian_elided_connector_before_the_date(text: str) -> None:
    assert found(text, "it", "oj") == [("OJ:L:2007:199:1", text[1:-1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "objavljeno u Službenom listu Europske unije L 119, 4.5.2016., str. 1",
            [("OJ:L:2016:119:1", "Službenom listu Europske unije L 119, 4.5.2016., str. 1")],
        ),
        (
            "U Službenom listu serije L  2024/1062 od 9.4.2024 godine objavljena je obavijest",
            [("OJ:L:2024/1062", "Službenom listu serije L  2024/1062")],
        ),
        # Another state's official gazette is no OJ.
        ("objavljen u Službenom listu BiH 12/2010", []),
    ],
)
def test_croatian_journal_name_in_the_locative(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "hr", "oj") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A TANÁCS 1999/31/EK IRÁNYELVE (1999. április 26.) a hulladéklerakókról "
            "(HL L 182., , 1. o.) Módosította",
            [("OJ:L:1999:182:1", "HL L 182., , 1. o.")],
        ),
        # Outside a bracket after its act the lost year is not read through.
        ("Lásd a 2. lábjegyzetet.\n2 HL L 182., , 1. o.", []),
    ],
)
def test_empty_date_field_before_a_page_number_first(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, "hu", "oj") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "see recitals (3), (6) and (19) of Directive (EU) 2016/97",
            ["recital-3", "recital-6", "recital-19"],
        ),
        ("en", "see recital (3) of Directive (EU) 2016/97", ["recital-3"]),
        (
            "fr",
            "voir les considérants (3) et (6) de la directive (UE) 2016/97",
            ["recital-3", "recital-6"],
        ),
        (
            "nl",
            "zie overwegingen (3) en (6) van Richtlijn (EU) 2016/97",
            ["recital-3", "recital-6"],
        ),
        (
            "de",
            "(vgl. Erwägungsgründe (3), (6), (10), (16) und (19) IDD).",
            ["recital-3", "recital-6", "recital-10", "recital-16", "recital-19"],
        ),
        # A bracket after an article is still its paragraph.
        ("en", "Article 5 (3) and recital 4 of Directive (EU) 2016/97", ["5(3)", "recital-4"]),
    ],
)
def test_recitals_numbered_in_brackets(lang: str, text: str, expected: list[str]) -> None:
    keys = [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]
    assert keys == [f"CELEX:32016L0097:{pin}" for pin in expected]
