"""An act number with no act word beside a popular name of that very act, and an
annex pinned to a popular name written in title case ("allegato XVII del Reach")."""

from __future__ import annotations

import pytest

import citeresolve


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # The name right before the number, or after it in the same bracket.
        (
            "hr",
            "Obavijest o registraciji. REACH 1907/2006 Europskog parlamenta i Vijeća",
            [("CELEX:32006R1907", "REACH 1907/2006")],
        ),
        (
            "et",
            "Teenuseid reguleerib 2014. a määrus e-identimise ja e-tehingute jaoks vajalike "
            "usaldusteenuste kohta siseturul (nr 910/2014, eIDAS määrus).",
            [("CELEX:32014R0910", "nr 910/2014")],
        ),
        (
            "de",
            "geregelt in der Verordnung über elektronische Identifizierung "
            "(Nr. 910/2014, eIDAS-VO).",
            [("CELEX:32014R0910", "Nr. 910/2014")],
        ),
        (
            "fr",
            "les amendes prévues par le RGPD 2016/679 sont lourdes",
            [("CELEX:32016R0679", "RGPD 2016/679")],
        ),
        ("en", "fines under the GDPR (2016/679) are high", [("CELEX:32016R0679", "2016/679")]),
        (
            "lv",
            "Regula par aviopasažieru tiesībām Nr. 261/2004\n\nGalvenais tiesību avots",
            [("CELEX:32004R0261", "Regula par aviopasažieru tiesībām Nr. 261/2004")],
        ),
        # A compound name in the case the sentence needs, its number after it (the
        # Biocidal Products Regulation): fi, sv, hu.
        (
            "fi",
            "suorat linkit alkuperäisen biosidiasetuksen 528/2012 lukujen teksteihin",
            [("CELEX:32012R0528", "biosidiasetuksen 528/2012")],
        ),
        (
            "sv",
            "enligt biocidförordningen 528/2012 ska produkterna godkännas",
            [("CELEX:32012R0528", "biocidförordningen 528/2012")],
        ),
        (
            "hu",
            "a biocid rendelet 528/2012 szerint engedélyezett termékek",
            [("CELEX:32012R0528", "biocid rendelet 528/2012")],
        ),
        # Negatives: a number that is not the named act's; a name far from the number.
        ("fi", "biosidiasetuksen 12/2012 mukaisesti", []),
        ("en", "fines under GDPR 2016/680 are high", []),
        ("hr", "Obavijest REACH 12/2008 carinske uprave", []),
        ("en", "REACH applies to many substances, see the list 1907/2006 of the agency", []),
    ],
)
def test_a_number_beside_its_acts_popular_name(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Il documento interviene sull’allegato XVII del Reach (restrizioni).",
            "CELEX:32006R1907:annex-XVII",
        ),
        (
            "es",
            "La sustancia figura en el anexo XIV del Reach desde 2020.",
            "CELEX:32006R1907:annex-XIV",
        ),
        (
            "fr",
            "La substance est inscrite à l’annexe XVII du Reach depuis 2009.",
            "CELEX:32006R1907:annex-XVII",
        ),
        ("pt", "A substância consta do anexo XVII do Reach.", "CELEX:32006R1907:annex-XVII"),
    ],
)
def test_an_annex_of_reach_written_in_title_case(lang: str, text: str, expected: str) -> None:
    assert [k for k, _ in found(text, lang)] == [expected]


def test_reach_in_title_case_is_no_name_in_english() -> None:
    # "Reach" is an English word: only the capitals name the act in English.
    assert found("Keep out of reach of children; see Article 5 of the Reach guidance.", "en") == []


# The act's kind word right before a popular name that has none ("directive Solvency II"):
# articles before it are that act's, in a language with an "of" word and in a genitive one,
# also where the kind word alone names the only act of its kind (cs "směrnice").
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "Výnimky sa riadia článkami 5, 7 a 9 smernice Solventnosť II.",
            ["CELEX:32009L0138:5", "CELEX:32009L0138:7", "CELEX:32009L0138:9"],
        ),
        ("cs", "Výjimky stanoví článek 12 směrnice Solventnost II.", ["CELEX:32009L0138:12"]),
        (
            "de",
            "Die Ausnahmen folgen aus Artikel 12 der Richtlinie Solvabilität II.",
            ["CELEX:32009L0138:12"],
        ),
        (
            "fr",
            "Les exemptions découlent de l'article 12 de la directive solvabilité II.",
            ["CELEX:32009L0138:12"],
        ),
        (
            "pl",
            "Wyłączenia wynikają z art. 12 dyrektywy Wypłacalność II.",
            ["CELEX:32009L0138:12"],
        ),
        # the kind word and the name alone cite nothing
        ("sk", "Smernica Solventnosť II sa vzťahuje na poisťovne.", []),
    ],
)
def test_articles_before_a_kind_word_and_popular_name(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [key for key, _ in found(text, lang)] == expected


# A keyword line of a judgment: the act by its short title, then its articles.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "Direktiva o avdiovizualnih medijskih storitvah – Člen 1(1)(a) in (g) – Pojem",
            ["CELEX:32010L0013:1(1)(a)", "CELEX:32010L0013:1(1)(g)"],
        ),
        (
            "hr",
            "Direktiva o audiovizualnim medijskim uslugama – Članak 1. stavak 1. točka (a)",
            ["CELEX:32010L0013:1(1)(a)"],
        ),
        (
            "sv",
            "Direktivet om audiovisuella medietjänster – Artikel 1.1 a – Begreppet",
            ["CELEX:32010L0013:1(1)(a)"],
        ),
    ],
)
def test_avmsd_short_title_heads_a_keyword_line(lang: str, text: str, expected: list[str]) -> None:
    assert [key for key, _ in found(text, lang)] == expected


# The act's kind word right after an abbreviation, where a language puts it after the name
# (a space or a hyphen between): one name, whose articles are that act's.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "hu",
            "Az eIDAS rendelet 25. cikke szerint a minősített aláírás joghatása azonos.",
            ["CELEX:32014R0910:25"],
        ),
        ("hu", "A GDPR rendelet 6. cikkének (1) bekezdése szerint", ["CELEX:32016R0679:6(1)"]),
        (
            "fi",
            "Sähköisen allekirjoituksen oikeusvaikutus on eIDAS-asetuksen 25 artiklassa.",
            ["CELEX:32014R0910:25"],
        ),
        (
            "et",
            "Kvalifitseeritud allkiri on sätestatud eIDAS määruse artiklis 25.",
            ["CELEX:32014R0910:25"],
        ),
        (
            "lv",
            "Kvalificēta paraksta sekas nosaka eIDAS regulas 25. pants.",
            ["CELEX:32014R0910:25"],
        ),
        # the name and its kind word alone cite nothing
        ("hu", "Az eIDAS rendelet a bizalmi szolgáltatásokat szabályozza.", []),
    ],
)
def test_articles_of_an_abbreviation_with_its_kind_word_after(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [key for key, _ in found(text, lang)] == expected


# The Air Passenger Rights Regulation by its descriptive name, inflected (fi) or not.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'article 7 du règlement sur les droits des passagers aériens prévoit une "
            "indemnisation forfaitaire.",
            ["CELEX:32004R0261:7"],
        ),
        (
            "it",
            "L'articolo 7 del regolamento sui diritti dei passeggeri aerei prevede una "
            "compensazione pecuniaria.",
            ["CELEX:32004R0261:7"],
        ),
        (
            "fi",
            "Lentomatkustajien oikeuksia koskevan asetuksen 7 artiklan mukaan korvaus "
            "maksetaan käteisenä.",
            ["CELEX:32004R0261:7"],
        ),
        # the words without the act's kind word name no act
        ("fi", "Tietoa lentomatkustajien oikeuksista ja 7 artiklan korvauksista.", []),
    ],
)
def test_articles_of_the_air_passenger_rights_regulation_by_name(
    lang: str, text: str, expected: list[str]
) -> None:
    assert [key for key, _ in found(text, lang)] == expected
