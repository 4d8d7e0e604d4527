"""Act numbers written in less usual ways, in several languages: a comma between the
domain and the number word, and lists where a plural act word starts a new kind."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "it",
            "modifica le direttive 2002/47/CE e 2013/36/UE e i regolamenti (UE), n. 1093/2010"
            " e (UE) n. 648/2012 del Parlamento europeo",
        ),
        (
            "fr",
            "modifiant les directives 2002/47/CE et 2013/36/UE et les règlements (UE), n° 1093/2010"
            " et (UE) n° 648/2012 du Parlement européen",
        ),
        (
            "de",
            "zur Änderung der Richtlinien 2002/47/EG und 2013/36/EU und der Verordnungen (EU),"
            " Nr. 1093/2010 und (EU) Nr. 648/2012 des Europäischen Parlaments",
        ),
        (
            "en",
            "amending Directives 2002/47/EC and 2013/36/EU and Regulations (EU), No 1093/2010"
            " and (EU) No 648/2012 of the European Parliament",
        ),
    ],
)
def test_a_comma_between_the_domain_and_the_number_word(lang: str, text: str) -> None:
    # The regulations after the plural word are regulations, not the directives before it.
    assert acts(text, lang) == [
        "CELEX:32002L0047",
        "CELEX:32013L0036",
        "CELEX:32010R1093",
        "CELEX:32012R0648",
    ]


@pytest.mark.parametrize(
    ("lang", "text", "journal"),
    [
        (
            "sl",
            "o spremembi direktiv 98/26/ES in (EU) 2015/2366 glede takojšnjih kreditnih prenosov"
            " (UL L št. 2024/1689 z dne 12. 7. 2024).",
            "UL L št. 2024/1689",
        ),
        (
            "hr",
            "o izmjeni direktiva 98/26/EZ i (EU) 2015/2366 u pogledu trenutačnih transfera"
            " (SL L br. 2024/1689, 12.7.2024.).",
            "SL L br. 2024/1689, 12.7.2024.",
        ),
        (
            "et",
            "direktiivide 98/26/EÜ ja (EL) 2015/2366 muutmise kohta"
            " (ELT L nr 2024/1689, 12.7.2024).",
            "ELT L nr 2024/1689, 12.7.2024",
        ),
        (
            "en",
            "amending Directives 98/26/EC and (EU) 2015/2366 as regards instant credit transfers"
            " (OJ L No 2024/1689, 12.7.2024).",
            "OJ L No 2024/1689, 12.7.2024",
        ),
    ],
)
def test_an_act_by_act_oj_number_is_the_reference_not_an_act(
    lang: str, text: str, journal: str
) -> None:
    # Since 2023 the OJ numbers each act as the act is numbered: after the OJ
    # abbreviation, the number is the reference, not a third member of the list.
    found = [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]
    assert found == [
        ("CELEX:31998L0026", found[0][1]),
        ("CELEX:32015L2366", found[1][1]),
        ("OJ:L:2024/1689", journal),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "geregeld door de Algemene verordening gegevensbescherming (AVG, 2016/679) en de"),
        ("de", "gilt die Datenschutz-Grundverordnung (DSGVO, 2016/679) unmittelbar"),
        ("fr", "le règlement général sur la protection des données (RGPD, 2016/679) et"),
    ],
)
def test_a_popular_name_a_comma_and_its_bare_number(lang: str, text: str) -> None:
    assert acts(text, lang) == ["CELEX:32016R0679"]


def test_a_name_a_comma_and_another_number_stays_unread() -> None:
    # Only the name's own year and serial make the bare number its act.
    assert acts("de Algemene verordening gegevensbescherming (AVG, 2016/680) en", "nl") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "van 23 oktober 2019 (PbEU 2019, L  305) en",
            ("OJ:L:2019:305", "PbEU 2019, L  305"),
        ),
        ("en", "of 23 October 2019 (OJ 2019, L  305) and", ("OJ:L:2019:305", "OJ 2019, L  305")),
        (
            "de",
            "vom 23. Oktober 2019 (ABl. L  305 vom 26.11.2019, S. 17)",
            ("OJ:L:2019:305:17", "ABl. L  305 vom 26.11.2019, S. 17"),
        ),
        (
            "fr",
            "du 23 octobre 2019 (JO L  305 du 26.11.2019, p. 17)",
            ("OJ:L:2019:305:17", "JO L  305 du 26.11.2019, p. 17"),
        ),
    ],
)
def test_a_doubled_space_after_the_oj_series(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]
    assert found == [expected]


def test_an_oj_series_and_a_number_lines_apart_stay_unread() -> None:
    # Only spaces double; a series at a line's end and a number lines below are not one.
    assert citeresolve.extract("(OJ L\n\n305)", lang="en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A date written with hyphens between the act word and "No", as Italian portals do.
        (
            "it",
            "Reg. (CE) 12-12-2006 n. 1907/2006\nREGOLAMENTO DEL PARLAMENTO",
            ["CELEX:32006R1907"],
        ),
        ("it", "la Direttiva (UE) 8-6-2016 n. 2016/943 sulla protezione", ["CELEX:32016L0943"]),
        # A PDF copy's letter spacing inside "Nr.".
        (
            "lv",
            "Padomes Regula (EK) N r. 1907/2006 ( 2006. gada 18. decembris )",
            ["CELEX:32006R1907"],
        ),
        ("de", "die Verordnung (EG) N r. 1907/2006 des Rates", ["CELEX:32006R1907"]),
        # A space inside the domain's brackets.
        ("et", "Komisjoni rakendusmäärus ( EL) nr 2019/947 reguleerib", ["CELEX:32019R0947"]),
        ("fr", "le règlement ( UE ) n° 1049/2001 relatif à l'accès", ["CELEX:32001R1049"]),
    ],
)
def test_odd_spacing_and_dates_around_an_act_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A hyphenated date is no act number, and a national act word keeps its number.
        ("it", "con decreto 23-7-2014 n. 91/2014 del Ministero"),
        # "N r." is read only before a number.
        ("lv", "skatīt N r. tabulu"),
    ],
)
def test_odd_spacing_reads_no_other_number(lang: str, text: str) -> None:
    assert acts(text, lang) == []
