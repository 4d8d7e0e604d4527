"""Act numbers with a language's informal number word (fi "nro", hr "br" written
without its dot), and domains written in another capitalisation
than the Official Journal's: a CFSP common position in capitals (pl "WPZIB") is still a
CFSP act, and the Union's domain in mixed case (it "(Ue)") still dates the number."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fi",
            "Käyttöturvallisuustiedote on laadittu asetuksen (EY) nro 1907/2006 mukaisesti.",
            ["CELEX:32006R1907"],
        ),
        (
            "fi",
            "Henkilötietoja käsitellään asetuksen (EU) Nro 2016/679 mukaisesti.",
            ["CELEX:32016R0679"],
        ),
        ("hr", "Sigurnosno-tehnički list prema Uredbi (EZ) br 1907/2006.", ["CELEX:32006R1907"]),
        ("hr", "Sigurnosno-tehnički list prema Uredbi (EZ) br. 1907/2006.", ["CELEX:32006R1907"]),
        ("et", "Ohutuskaart on koostatud määruse (EÜ) nr 1907/2006 järgi.", ["CELEX:32006R1907"]),
        ("lv", "Drošības datu lapa saskaņā ar Regulu (EK) Nr. 1907/2006.", ["CELEX:32006R1907"]),
        ("lt", "Saugos duomenų lapas pagal Reglamentą (EB) Nr. 1907/2006.", ["CELEX:32006R1907"]),
        ("sl", "Varnostni list v skladu z Uredbo (ES) št. 1907/2006.", ["CELEX:32006R1907"]),
        ("cs", "Bezpečnostní list podle nařízení (ES) č. 1907/2006.", ["CELEX:32006R1907"]),
    ],
)
def test_an_informal_number_word_before_the_act_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert acts(text, lang) == expected


def test_a_national_decree_with_the_number_word_stays_national() -> None:
    # "asetus nro" is a national decree's number: no EU act.
    assert acts("Valtioneuvoston asetus nro 123/2006 kumotaan.", "fi") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pl",
            "Sprawozdanie zgodnie z art. 8 ust. 2 wspólnego stanowiska Rady 2008/944/WPZIB.",
            ["CELEX:32008E0944:8(2)"],
        ),
        (
            "pl",
            "Rada przyjęła wspólne stanowisko 2003/468/WPZIB w sprawie pośrednictwa.",
            ["CELEX:32003E0468"],
        ),
        (
            "en",
            "Member States shall apply Council Common Position 2008/944/Cfsp to exports.",
            ["CELEX:32008E0944"],
        ),
        (
            "sv",
            "enligt rådets gemensamma ståndpunkt 2008/944/GUSP om export",
            ["CELEX:32008E0944"],
        ),
        # a co-decision common position keeps its preparatory-act number
        (
            "en",
            "Common Position (EC) No 14/2008 adopted by the Council on 3 March 2008",
            ["CELEX:52008AG0014"],
        ),
    ],
)
def test_a_cfsp_common_position_in_any_capitalisation(
    lang: str, text: str, expected: list[str]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "it",
            "Si riporta il testo del regolamento (Ue) n. 2018/1999 sulla governance.",
            ["CELEX:32018R1999"],
        ),
        (
            "it",
            "la pubblicazione del regolamento (Ue) 2018/1999 del parlamento europeo e del"
            " consiglio",
            ["CELEX:32018R1999"],
        ),
        ("en", "See Regulation (Eu) No 2018/1999 on governance.", ["CELEX:32018R1999"]),
        ("de", "nach der Verordnung (Eu) Nr. 2016/1969 der Kommission", ["CELEX:32016R1969"]),
        ("es", "el Reglamento (Ue) n.º 2019/2088 sobre divulgación", ["CELEX:32019R2088"]),
        # the Community's domain stays number first
        ("it", "il regolamento (Ce) n. 2023/2006 della Commissione", ["CELEX:32006R2023"]),
    ],
)
def test_the_unions_domain_in_mixed_case_dates_the_number(
    lang: str, text: str, expected: list[str]
) -> None:
    assert acts(text, lang) == expected


def test_a_glued_case_number_is_no_number_word() -> None:
    # A number word without its dot that folds to a Latin letter (cs "č") would take
    # the Court's "C535/18" as an act number.
    text = "Language of document : ECLI:EU:C:2019:957\n\nZaak C535/18\n\nIL,"
    keys = [c.key for c in citeresolve.extract(text, lang="nl")]
    assert "CJEU:C-535/18" in keys
