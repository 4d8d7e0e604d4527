"""Act numbers that a conversion glued together, and act words with the European
Commission's full name as their author, in several languages."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sk",
            "upravujú nariadenia Európskej komisie 2019/945, 2019/9472021/664. Na Slovensku",
            [
                ("CELEX:32019R0945", "nariadenia Európskej komisie 2019/945"),
                ("CELEX:32019R0947", "2019/947"),
                ("CELEX:32021R0664", "2021/664"),
            ],
        ),
        (
            "en",
            "Regulations 2019/945, 2019/9472021/664 apply",
            [
                ("CELEX:32019R0945", "Regulations 2019/945"),
                ("CELEX:32019R0947", "2019/947"),
                ("CELEX:32021R0664", "2021/664"),
            ],
        ),
        (
            "de",
            "Die Verordnungen (EU) 2019/945 und 2019/9472021/664 gelten",
            [
                ("CELEX:32019R0945", "Verordnungen (EU) 2019/945"),
                ("CELEX:32019R0947", "2019/947"),
                ("CELEX:32021R0664", "2021/664"),
            ],
        ),
        # Negatives: a date before a number, a footnote marker glued to a serial (read
        # as before), a glued string that a longer first number fits.
        ("de", "am 12/3/2019/5 und sonst", []),
        ("en", "Regulation 2019/9472", [("CELEX:32019R0947", "Regulation 2019/947")]),
        ("sk", "nariadenia 2019/12021/664", []),
    ],
)
def test_glued_act_numbers(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("sk", "upravuje nariadenie Európskej komisie 2019/945. Na", "CELEX:32019R0945"),
        ("cs", "nařízení Evropské komise 2019/947 se použije", "CELEX:32019R0947"),
        ("pl", "rozporządzenie Komisji Europejskiej 2019/947 stosuje się", "CELEX:32019R0947"),
        ("hr", "Uredba Europske komisije 2019/947 primjenjuje se", "CELEX:32019R0947"),
    ],
)
def test_the_commissions_full_name_as_author(lang: str, text: str, key: str) -> None:
    assert [k for k, _ in acts(text, lang)] == [key]


def test_a_national_authority_is_no_eu_author() -> None:
    # Any other author makes the act national (sk "usmernením NBS č. 4/2023").
    assert acts("podľa usmernenia Národnej banky Slovenska č. 4/2023 sa", "sk") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "por el que se modifica el Reglamento (UE) nº 910//2014 en lo que",
            [("CELEX:32014R0910", "Reglamento (UE) nº 910//2014")],
        ),
        (
            "de",
            "Verordnung (EU) Nr. 910//2014 gilt",
            [("CELEX:32014R0910", "Verordnung (EU) Nr. 910//2014")],
        ),
        (
            "en",
            "Regulation (EU) No 910//2014 applies",
            [("CELEX:32014R0910", "Regulation (EU) No 910//2014")],
        ),
        # Negatives: a doubled slash in an address or a date with no act word.
        ("de", "siehe http://example.eu/2014//12 und 3//4", []),
        ("de", "am 12//2014 war", []),
    ],
)
def test_a_doubled_slash_is_one(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # One marker before and none after is no numbering: the last digit is the act's.
        (
            "da",
            "Lov om ændring af lov om en rejsegarantifond1)\n\nLoven gennemfører dele af "
            "Europa-Parlamentets og Rådets direktiv 2015/2302 af 25. november 2015 om pakkerejser",
            ["CELEX:32015L2302"],
        ),
        (
            "en",
            "Act on the travel guarantee fund1 (amendment)\n\nThe Act implements Directive "
            "2015/2302 of 25 November 2015 on package travel",
            ["CELEX:32015L2302"],
        ),
        (
            "de",
            "Gesetz über den Reisegarantiefonds1\n\nDas Gesetz setzt die Richtlinie 2015/2302 "
            "vom 25. November 2015 über Pauschalreisen um",
            ["CELEX:32015L2302"],
        ),
        # Two markers before and none after are no numbering either: a serial's last
        # digit is its own unless the numbering goes on after it (round 29: "copies2 …
        # Regulation (EU) 2017/1563, the Regulation" is 2017/1563).
        (
            "mt",
            "Il-Kunsill1 u l-Kummissjoni2 adottaw ir-Regolament (UE) 2017/1563 dwar il-baħar",
            ["CELEX:32017R1563"],
        ),
        # The numbering goes on after it (4): the glued 3 is a marker.
        (
            "mt",
            "Il-Kunsill1 u l-Kummissjoni2 adottaw ir-Regolament (UE) 2017/1563 dwar "
            "il-baħar4 u l-art.",
            ["CELEX:32017R0156"],
        ),
    ],
)
def test_a_lone_marker_is_no_numbering(lang: str, text: str, expected: list[str]) -> None:
    assert [k for k, _ in acts(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A title in capitals ends with the domain and runs into the heading after it.
        (
            "mt",
            "u d-Deċiżjoni tal-Kunsill 2004/585/KEIL-PARLAMENT EWROPEW U L-KUNSILL",
            [("CELEX:32004D0585", "Deċiżjoni tal-Kunsill 2004/585/KE")],
        ),
        (
            "en",
            "repealing Council Decision 2004/585/ECTHE EUROPEAN PARLIAMENT AND THE COUNCIL",
            [("CELEX:32004D0585", "Decision 2004/585/EC")],
        ),
        (
            "de",
            "Entscheidung 2004/585/EGDAS EUROPÄISCHE PARLAMENT UND DER RAT",
            [("CELEX:32004D0585", "Entscheidung 2004/585/EG")],
        ),
        # Letters in lower case, or a single capital, run on no domain.
        (
            "en",
            "Council Decision 2004/585/ECs were",
            [("CELEX:32004D0585", "Decision 2004/585")],
        ),
        (
            "en",
            "Council Decision 2004/585/ECA and",
            [("CELEX:32004D0585", "Decision 2004/585")],
        ),
    ],
)
def test_a_domain_glued_to_the_heading_after_it(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
