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
    ("text", "expected"),
    [
        # Outside a title line too: the act word, its date and its subject, then its
        # number in brackets, are one act (the same sentence read without the date
        # was already that act's).
        (
            "Council Framework Decision of 27 November 2008 on the mutual recognition of"
            " judgments in criminal matters (2008/909/JHA) and more\nText",
            ["CELEX:32008F0909"],
        ),
        (
            "12. Framework Decision of 27 November 2008 on the mutual recognition of"
            " judgments in criminal matters (2008/909/JHA)\nText",
            ["CELEX:32008F0909"],
        ),
        # No act word anywhere: a number with its domain alone names no act.
        ("The text was published later (2008/909/JHA)\nText", []),
    ],
)
def test_a_far_act_word_with_its_date_names_the_bracketed_number(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "en") == expected


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


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "nl",
            "Toepassing van de EG1935/2004-wetgeving.\n\nVerordening (EG) nr. 1935/2004 inzake"
            " materialen bestemd om met levensmiddelen in contact te komen.",
            "CELEX:32004R1935",
        ),
        (
            "en",
            "What EC 1907/2006 asks of importers.\n\nRegulation (EC) No 1907/2006 concerning"
            " the Registration, Evaluation, Authorisation and Restriction of Chemicals.",
            "CELEX:32006R1907",
        ),
        (
            "de",
            "Die Pflichten nach EU 2017/745 im Überblick. Die Verordnung (EU) 2017/745 über"
            " Medizinprodukte gilt seit 2021.",
            "CELEX:32017R0745",
        ),
    ],
)
def test_a_domain_before_a_number_names_the_act_cited_later(lang: str, text: str, key: str) -> None:
    # The shortened name comes first; the act word only with the later citation.
    assert keys(text, lang) == [key, key]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No act of that number is cited with its act word.
        ("nl", "Toepassing van de EG1935/2004-wetgeving in de praktijk."),
        # In brackets, glued to a title: left out, as before.
        ("cs", "(EU) 2024/1028Nařízení o údajích. Nařízení (EU) 2024/1028 o údajích."),
    ],
)
def test_a_domain_before_a_number_alone_is_no_act(lang: str, text: str) -> None:
    assert keys(text, lang).count("CELEX:32004R1935") == 0
    assert keys(text, lang).count("CELEX:32024R1028") <= 1


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Con Regolamento UE n. 852 del 17 maggio 2017 si vieta", "CELEX:32017R0852"),
        ("  • Regolamento CE n 1069 del 21.10.2009: recante norme", "CELEX:32009R1069"),
        ("la Direttiva (CE) n. 43 del 21 maggio 1992 sugli habitat", "CELEX:31992L0043"),
        ("la Decisione UE n. 1313 del 17 dicembre 2013", "CELEX:32013D1313"),
    ],
)
def test_an_italian_number_with_the_acts_date_after_it(text: str, key: str) -> None:
    assert keys(text, "it") == [key]


@pytest.mark.parametrize(
    "text",
    [
        "la legge n. 241 del 7 agosto 1990",  # a national law, no Union named
        "il decreto legislativo n. 152 del 3 aprile 2006",
        "il Regolamento regionale n. 5 del 7 febbraio 2024",
    ],
)
def test_an_italian_national_act_with_its_date_is_no_eu_act(text: str) -> None:
    assert keys(text, "it") == []


def test_the_finnish_consolidated_texts_journal_abbreviation() -> None:
    assert keys("(EYV L 031, 1.2.2002, s. 1)", "fi") == ["OJ:L:2002:031:1"]
    assert keys("EYV:n perustamissopimus", "fi") == []


@pytest.mark.parametrize(
    ("lang", "one", "two", "article"),
    [
        (
            "lt",
            "Reglamente (ES) Nr. 1306/2013 nustatytos taisyklės.\n\n",
            "Reglamentas (ES) Nr. 1308/2013 nustato rinkas.\n\n",
            "Organizacijos siekia tikslų, nustatytų reglamento 152 straipsnyje.",
        ),
        (
            "cs",
            "Směrnice 2014/24/EU stanoví pravidla.\n\n",
            "Směrnice 2014/23/EU stanoví jiná pravidla.\n\n",
            "Zadavatelé postupují podle článku 152 směrnice.",
        ),
        (
            "sk",
            "Smernica 2014/24/EÚ stanovuje pravidlá.\n\n",
            "Smernica 2014/23/EÚ stanovuje iné pravidlá.\n\n",
            "Obstarávatelia postupujú podľa článku 152 smernice.",
        ),
    ],
)
def test_a_bare_kind_word_names_the_one_act_of_its_kind_only(
    lang: str, one: str, two: str, article: str
) -> None:
    alone = [k for k in keys(one + article, lang) if k.endswith(":152")]
    assert len(alone) == 1
    # With two acts of the kind cited, the bare word names neither.
    assert [k for k in keys(two + one + article, lang) if k.endswith(":152")] == []


def test_the_abbreviated_german_decision_word() -> None:
    text = "Beschl. (GASP) 2023/1015 - ABl. L 136 vom 24.05.2023 S. 73"
    assert keys(text, "de") == ["CELEX:32023D1015", "OJ:L:2023:136:73"]
    # A court's order with its date and file number is no act.
    assert keys("BVerfG, Beschl. v. 12.3.2008 – 2 BvR 1/08", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "valamint az Európai Atomenergia-közösséget (EURATOM) létrehozó szerződésre,"
            " különösen annak 106a. cikkére,",
            ["EAEC", "EAEC:106a"],
        ),
        (
            "az Európai Gazdasági Közösséget (EGK) létrehozó szerződés 119. cikke",
            ["TEC:119"],
        ),
    ],
)
def test_a_hungarian_treaty_name_with_its_abbreviation_inside(
    text: str, expected: list[str]
) -> None:
    assert keys(text, "hu") == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "[COM(2018) 51 final — 2018/18 (COD)]"),
        ("fr", "[COM(2018) 51 final — 2018/18 (COD)]"),
        ("en", "Proposal for a Regulation (COM(2018) 51 final, 2018/18(COD))"),
    ],
)
def test_a_procedure_number_without_its_zeros(lang: str, text: str) -> None:
    assert "PROC:2018/0018(COD)" in keys(text, lang)


def test_a_short_act_number_before_a_bracketed_word_is_no_procedure() -> None:
    assert keys("Directive 2019/1 (MDR) and Regulation (EU) 2019/5 (EEA)", "en") == [
        "CELEX:32019L0001",
        "CELEX:32019R0005",
    ]
