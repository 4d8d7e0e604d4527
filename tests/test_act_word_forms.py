"""Act words and act numbers in forms the earlier grammar missed, each in several
languages: "No" before the bracketed domain, plural and case forms of the act words
that carry a list's kind to its members, an author with a colon before a list of bare
numbers, a title line closed by its number, and the Polish database form of an
act-by-act Official Journal number."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


def surfaces(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "cs",
            "Pravidla stanoví nařízení č. (EU)2018/858 o schvalování vozidel.",
            "nařízení č. (EU)2018/858",
        ),
        (
            "sk",
            "Podľa nariadenia č. (EÚ) 2018/858 o schvaľovaní vozidiel.",
            "nariadenia č. (EÚ) 2018/858",
        ),
        (
            "en",
            "Under Regulation No. (EU) 2018/858 on vehicle approval.",
            "Regulation No. (EU) 2018/858",
        ),
        (
            "de",
            "Nach der Verordnung Nr. (EU) 2018/858 über die Genehmigung.",
            "Verordnung Nr. (EU) 2018/858",
        ),
        ("hr", "Prema Uredbi br. (EU) 2018/858 o homologaciji vozila.", "Uredbi br. (EU) 2018/858"),
    ],
)
def test_the_number_word_before_the_bracketed_domain(lang: str, text: str, surface: str) -> None:
    assert surfaces(text, lang) == [("CELEX:32018R0858", surface)]


def test_a_full_stop_before_a_bracketed_domain_is_no_number_word() -> None:
    # "plan." ends a sentence: the number after it has no act word.
    assert keys("We adopted the plan. (EU) 2018/858 is cited elsewhere.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sk", "o zmene nariadenia (EÚ) 2017/2394 a smerníc (EÚ) 2019/771 a (EÚ) 2020/1828"),
        ("cs", "o změně nařízení (EU) 2017/2394 a směrnic (EU) 2019/771 a (EU) 2020/1828"),
        ("pl", "zmiany rozporządzenia (UE) 2017/2394 oraz dyrektyw (UE) 2019/771 i (UE) 2020/1828"),
        (
            "de",
            "zur Änderung der Verordnung (EU) 2017/2394 und der Richtlinien (EU) 2019/771"
            " und (EU) 2020/1828",
        ),
    ],
)
def test_a_plural_act_word_gives_its_kind_to_the_whole_list(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32017R2394", "CELEX:32019L0771", "CELEX:32020L1828"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "cs",
            "změny v nařízeních (ES) č. 1/2003 a (ES) č. 2/2004",
            ["CELEX:32003R0001", "CELEX:32004R0002"],
        ),
        (
            "cs",
            "stanovené v rozhodnutích 2003/17/ES a 2004/21/ES",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "nl",
            "ingetrokken bij de beschikkingen 2003/17/EG en 2004/21/EG",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "sl",
            "nadomesti sklepe 2003/17/ES in 2004/21/ES",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "sl",
            "določeno v sklepih 2003/17/ES in 2004/21/ES",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "de",
            "in den Rahmenbeschlüssen 2008/909/JI und 2009/829/JI",
            ["CELEX:32008F0909", "CELEX:32009F0829"],
        ),
        (
            "de",
            "mit den Beschlüssen 2003/17/EG und 2004/21/EG",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "fi",
            "direktiiveistä 2003/17/EY ja 2004/21/EY annetut säännöt",
            ["CELEX:32003L0017", "CELEX:32004L0021"],
        ),
        ("fi", "päätöksistä 2003/17/EY ja 2004/21/EY", ["CELEX:32003D0017", "CELEX:32004D0021"]),
        (
            "et",
            "otsustega 2003/17/EÜ ja 2004/21/EÜ kehtestatud",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
        (
            "da",
            "beslutningerne 2003/17/EF og 2004/21/EF ophæves",
            ["CELEX:32003D0017", "CELEX:32004D0021"],
        ),
    ],
)
def test_plural_and_case_forms_of_act_words(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("et", "Nõukogu ühismeede 2005/190/ÜVJP ja 2006/523/ÜVJP"),
        ("en", "Council Joint Actions 2005/190/CFSP and 2006/523/CFSP"),
        ("fr", "les actions communes 2005/190/PESC et 2006/523/PESC"),
        ("it", "le azioni comuni 2005/190/PESC e 2006/523/PESC"),
        ("sv", "rådets gemensamma åtgärder 2005/190/GUSP och 2006/523/GUSP"),
        ("es", "las Acciones comunes 2005/190/PESC y 2006/523/PESC"),
    ],
)
def test_joint_actions_in_the_singular_and_plural(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32005E0190", "CELEX:32006E0523"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "les positions communes 2001/931/PESC et 2002/340/PESC"),
        ("en", "Council Common Positions 2001/931/CFSP and 2002/340/CFSP"),
        ("pt", "as posições comuns 2001/931/PESC e 2002/340/PESC"),
        ("el", "τις κοινές θέσεις 2001/931/ΚΕΠΠΑ και 2002/340/ΚΕΠΠΑ"),
    ],
)
def test_common_positions_in_the_plural(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32001E0931", "CELEX:32002E0340"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "[dyrektywy Parlamentu Europejskiego i Rady: 2010/65, 2016/680;"
            " dyrektywa Rady 2004/82]",
        ),
        ("cs", "[směrnice Evropského parlamentu a Rady: 2010/65, 2016/680; směrnice Rady 2004/82]"),
        (
            "fr",
            "[directives du Parlement européen et du Conseil: 2010/65, 2016/680;"
            " directive du Conseil 2004/82]",
        ),
    ],
)
def test_a_colon_after_the_author_opens_a_list_of_bare_numbers(lang: str, text: str) -> None:
    assert keys(text, lang) == ["CELEX:32010L0065", "CELEX:32016L0680", "CELEX:32004L0082"]


def test_a_colon_after_a_national_author_opens_no_list() -> None:
    assert keys("ustawy Sejmu: 2010/65, 2016/680", "pl") == []


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "en",
            "Document 02008F0909-20090328\nCouncil Framework Decision of 27 November 2008 on the"
            " mutual recognition of judgments in criminal matters (2008/909/JHA)\nText",
            "CELEX:32008F0909",
        ),
        (
            "fr",
            "Texte consolidé: Décision-cadre du Conseil du 27 novembre 2008 concernant la"
            " reconnaissance mutuelle des jugements en matière pénale (2008/909/JAI)\n",
            "CELEX:32008F0909",
        ),
        (
            "de",
            "Richtlinie des Rates vom 20. Juni 1990 zur Angleichung der Rechtsvorschriften der"
            " Mitgliedstaaten über aktive implantierbare medizinische Geräte (90/385/EWG)",
            "CELEX:31990L0385",
        ),
    ],
)
def test_a_title_line_closed_by_its_number(lang: str, text: str, key: str) -> None:
    assert key in keys(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # The bracket does not end the line.
        "Council Framework Decision of 27 November 2008 on the mutual recognition of"
        " judgments in criminal matters (2008/909/JHA) and more\nText",
        # A number before the act word: a numbered item of a list, no title.
        "12. Framework Decision of 27 November 2008 on the mutual recognition of"
        " judgments in criminal matters (2008/909/JHA)\nText",
    ],
)
def test_a_far_act_word_names_no_number_outside_a_title_line(text: str) -> None:
    assert keys(text, "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dzienniki UE\n\nDz.U.UE.L.2024.1689\n\nAkt obowiązujący", ["OJ:L:2024/1689"]),
        ("(Dz.U.UE.C.2024.3120).", ["OJ:C:2024/3120"]),
        ("Dz.U.UE.L.2016.119.1", ["OJ:L:2016:119:1"]),
        # Before act-by-act numbering, an issue needs its page.
        ("Dz.U.UE.L.2016.119", []),
    ],
)
def test_the_polish_database_form_of_an_act_by_act_number(text: str, expected: list[str]) -> None:
    assert [k for k in keys(text, "pl") if k.startswith("OJ:")] == expected
