"""Swedish extraction on real sentences from EU texts (europarl doceo, EUR-Lex)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang="sv")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TA-8-2015-09-17_SV: the dot notation "78.3"
        (
            "med beaktande av artikel 78.3 i fördraget om Europeiska unionens funktionssätt,",
            ["TFEU:78(3)"],
        ),
        # TA-9-2022-0039_SV: whole treaty plus "särskilt artiklarna"
        (
            "–  med beaktande av fördraget om Europeiska unionen (EU-fördraget), särskilt "
            "artiklarna 21 och 36,",
            ["TEU", "TEU:21", "TEU:36"],
        ),
        # a list with a bare point letter after the dot paragraph
        (
            "med beaktande av artikel 294.2, artikel 177 och artikel 322.1 a i fördraget om "
            "Europeiska unionens funktionssätt,",
            ["TFEU:294(2)", "TFEU:177", "TFEU:322(1)(a)"],
        ),
        # EP Rules ("i arbetsordningen")
        (
            "med beaktande av artiklarna 59 och 154 i arbetsordningen,",
            ["EP-RULES:59", "EP-RULES:154"],
        ),
        (
            "Talmannen meddelade parlamentet, i enlighet med artikel 211.3 i arbetsordningen,",
            ["EP-RULES:211(3)"],
        ),
        # OJL-2019-048-TOC_SV
        (
            "förklaras förenliga med den inre marknaden enligt artiklarna 107 och 108 i fördraget "
            "om Europeiska unionens funktionssätt",
            ["TFEU:107", "TFEU:108"],
        ),
        (
            "med beaktande av rådets beslut 2002/187/RIF av den 28 februari 2002 om inrättande "
            "av Eurojust, särskilt artikel 36,",
            ["CELEX:32002D0187", "CELEX:32002D0187:36"],
        ),
        (
            "med beaktande av Europeiska unionens stadga om de grundläggande rättigheterna, "
            "särskilt artiklarna 7 och 8,",
            ["CFR", "CFR:7", "CFR:8"],
        ),
        ("artikel 28 EG och artikel 86.2 EG", ["TEC:28", "TEC:86(2)"]),
        # TA-9-2020-0047_SV footnotes, EUR-Lex metadata, CJEU year-first form
        ("(1) EUT L 347, 20.12.2013, s. 884.", ["OJ:L:2013:347:884"]),
        ("EUT C 76E, 25.3.2010, p. 93–93", ["OJ:C:2010:076E:93"]),
        ("EUT 2003, L 31, s. 1.", ["OJ:L:2003:031:1"]),
        ("(3) Antagna texter, P9_TA(2021)0056.", ["TA-9-2021-0056"]),
        ("–  med beaktande av FN-stadgan, FN:s havsrättskonvention,", ["UNCLOS"]),
    ],
)
def test_swedish_citations(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bestämmelsen motsvarar i stora drag artikel 7 i dataskyddsdirektivet",
        "enligt artikel 405 i Kazakstans strafflag",
        "Europaparlamentets resolution av den 19 juni 2020 om de allmänna riktlinjerna",
    ],
)
def test_swedish_negatives(text: str) -> None:
    assert keys(text) == []


def test_second_audit_oj_year_between_issue_and_page_and_dated_instruments() -> None:
    # CJEU C-383/95 (Rutten), docplayer.se: the year stands between issue and page, and a
    # year-less reference after an instrument cited by its date only (an accession
    # convention) takes the year of that date.
    import citeresolve

    text = (
        "angående tolkningen av artikel 5.1 i ovannämnda konvention av den 27 september 1968 "
        "(EGT nr L 299, 1972, s. 32), i dess ändrade lydelse enligt konventionen av den 9 oktober "
        "1978 om Konungariket Danmarks, Irlands och Förenade konungariket Storbritannien och "
        "Nordirlands anslutning (EGT nr L 304, s. 1, och, ändrad text, s. 77), konventionen av den "
        "25 oktober 1982 om Hellenska republikens anslutning (EGT nr L 388, s. 1)"
    )
    assert [c.key for c in citeresolve.extract(text, lang="sv")] == [
        "OJ:L:1972:299:32",
        "OJ:L:1978:304:1",
        "OJ:L:1982:388:1",
    ]


def test_second_audit_language_detected_from_treaty_abbreviation_and_case_word() -> None:
    # COM(2012)714 and CJEU C-383/95: "direktiv", "artikel", "konvention" are shared with
    # Danish; "EUF-fördraget" and "målet" are Swedish only.
    import citeresolve

    assert (
        citeresolve.detect_language(
            "formellt överträdelseförfarande (enligt artikel 258 i EUF-fördraget[2]). Förfaranden "
            "kan inledas om direktiv införlivas för sent"
        )
        == "sv"
    )
    assert (
        citeresolve.detect_language(
            "i det vid den nationella domstolen anhängiga målet mellan, angående tolkningen av "
            "artikel 5.1 i ovannämnda konvention"
        )
        == "sv"
    )
