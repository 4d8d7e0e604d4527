"""Classes found by blind probes in da, sv, ro and el texts (issue 11): the year an
instrument is known by before its name, the Official Journal's series word, a bare point
letter after a subparagraph named by position, abbreviated point words and popular
names of the Charter."""

from __future__ import annotations

import pytest

from citeresolve import extract

GDPR = "CELEX:32016R0679"


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sv",
            "Domstolen prövar artikel 33 i 1951 års flyktingkonvention.",
            ["REFUGEE-CONVENTION:33"],
        ),
        (
            "en",
            "It relies on Article 33 of the 1951 Refugee Convention.",
            ["REFUGEE-CONVENTION:33"],
        ),
        (
            "da",
            "Han påberåbte sig artikel 1 i 1951-flygtningekonventionen.",
            ["REFUGEE-CONVENTION:1"],
        ),
        (
            "en",
            "See Article 1 of the 1951 Geneva Convention and the Protocol.",
            ["REFUGEE-CONVENTION:1"],
        ),
    ],
)
def test_year_before_instrument_name(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        (
            "ro",
            "publicat în Jurnalul Oficial al Uniunii Europene seria L nr. 150 din 14 iunie 2018.",
            "OJ:L:2018:150",
        ),
        (
            "it",
            "pubblicato nella Gazzetta ufficiale dell'Unione europea serie L n. 150 "
            "del 14 giugno 2018.",
            "OJ:L:2018:150",
        ),
        ("it", "nella GUUE, serie L, n. 150 del 14 giugno 2018, pag. 3", "OJ:L:2018:150:3"),
        (
            "fr",
            "publié au Journal officiel de l'Union européenne, série L, n° 150 du 14 juin 2018",
            "OJ:L:2018:150",
        ),
        (
            "de",
            "veröffentlicht im Amtsblatt der Europäischen Union, Reihe L, Nr. 150 "
            "vom 14. Juni 2018",
            "OJ:L:2018:150",
        ),
        (
            "es",
            "publicado en el Diario Oficial de la Unión Europea, serie L, n.º 150, "
            "de 14 de junio de 2018",
            "OJ:L:2018:150",
        ),
        ("pl", "opublikowane w Dz. Urz. UE seria L nr 150 z 14.6.2018, s. 3", "OJ:L:2018:150:3"),
    ],
)
def test_series_word_before_the_series(lang: str, text: str, key: str) -> None:
    assert _keys(text, lang) == [key]


def test_series_word_of_a_page_header_is_no_citation() -> None:
    header = "Diario Oficial\nde la Unión Europea\n\nES\n\nSerie L\n\n\n2024/1183\n\n30.4.2024"
    assert _keys(header, "es") == []


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "sv",
            "enligt artikel 6.1 första stycket f i förordning (EU) 2016/679",
            [f"{GDPR}:6(1)(f)"],
        ),
        (
            "sv",
            "artikel 3.1 första stycket a och b samt 6.3 i förordning (EU) 2016/679",
            [f"{GDPR}:3(1)(a)", f"{GDPR}:3(1)(b)", f"{GDPR}:6(3)"],
        ),
        ("sv", "artikel 267 tredje stycket a FEUF", ["TFEU:267(3)(a)"]),
        ("sv", "artikel 6.1 första stycket i förordning (EU) 2016/679", [f"{GDPR}:6(1)"]),
        (
            "da",
            "artikel 6, stk. 1, første afsnit, litra f, i forordning (EU) 2016/679",
            [f"{GDPR}:6(1)(f)"],
        ),
        (
            "ro",
            "articolul 6 alineatul (1) primul paragraf litera (f) din Regulamentul (UE) 2016/679",
            [f"{GDPR}:6(1)(f)"],
        ),
    ],
)
def test_point_after_subparagraph_by_position(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("el", "σύμφωνα με το άρθρο 6 παρ. 1 στοιχ. γ΄ του ΓΚΠΔ", [f"{GDPR}:6(1)(c)"]),
        ("el", "τα άρθρα 6 παρ. 1 στοιχ. α΄ και β΄ ΓΚΠΔ", [f"{GDPR}:6(1)(a)", f"{GDPR}:6(1)(b)"]),
        ("da", "på grundlag af art. 6, stk. 1, lit. e, i GDPR", [f"{GDPR}:6(1)(e)"]),
        ("da", "jf. art. 9, stk. 2, lit. a og b, i GDPR", [f"{GDPR}:9(2)(a)", f"{GDPR}:9(2)(b)"]),
        ("ro", "potrivit art. 6 alin. (1) lit. e) din GDPR", [f"{GDPR}:6(1)(e)"]),
    ],
)
def test_abbreviated_point_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("sv", "Se även artikel 11 i EU:s rättighetsstadga om yttrandefrihet.", "CFR:11"),
        ("sv", "enligt artikel 47 i rättighetsstadgan", "CFR:47"),
        ("sv", "i strid med artikel 7 i EU-stadgan", "CFR:7"),
        ("da", "i strid med artikel 47 i EU-chartret", "CFR:47"),
    ],
)
def test_charter_popular_names(lang: str, text: str, key: str) -> None:
    assert _keys(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("ro", "conform anexei nr. 2 la Directiva 2011/83/UE", ["CELEX:32011L0083:annex-2"]),
        ("ro", "în considerentul nr. 26 din Regulamentul (UE) 2016/679", [f"{GDPR}:recital-26"]),
        ("da", "se bilag nr. 1 til forordning (EU) 2016/679", [f"{GDPR}:annex-1"]),
        ("da", "jf. betragtning nr. 26 til forordning (EU) 2016/679", [f"{GDPR}:recital-26"]),
        ("el", "βλ. Παράρτημα αριθ. 1 του κανονισμού (ΕΕ) 2016/679", [f"{GDPR}:annex-1"]),
        ("sv", "enligt bilaga nr 1 till förordning (EU) 2016/679", [f"{GDPR}:annex-1"]),
        ("ro", "anexa II la Regulamentul (UE) 2016/679", [f"{GDPR}:annex-II"]),
    ],
)
def test_number_word_before_annex_or_recital_number(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "da",
            "det fremgår af 26. præambelbetragtning til forordning (EU) 2016/679",
            [f"{GDPR}:recital-26"],
        ),
        ("da", "præambelbetragtning 47 i forordning (EU) 2016/679", [f"{GDPR}:recital-47"]),
        ("el", "κατά το άρθρ. 15 ΓΚΠΔ", [f"{GDPR}:15"]),
        ("el", "σύμφωνα με το αρθ. 6 παρ. 1 περ. ε΄ ΓΚΠΔ", [f"{GDPR}:6(1)(e)"]),
        ("el", "το άρθρο 6 παρ. 1 περ. γ΄ του ν. 4624/2019", []),
    ],
)
def test_national_unit_words(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("da", "efter artikel 8 i whistleblowerdirektivet", "CELEX:32019L1937:8"),
        ("sv", "enligt artikel 6 i visselblåsardirektivet", "CELEX:32019L1937:6"),
        ("da", "jf. taksonomiforordningens artikel 3", "CELEX:32020R0852:3"),
        ("sv", "artikel 9 i taxonomiförordningen", "CELEX:32020R0852:9"),
        ("ro", "art. 3 din Regulamentul privind taxonomia", "CELEX:32020R0852:3"),
        ("el", "το άρθρο 9 του κανονισμού για την ταξινομία", "CELEX:32020R0852:9"),
        (
            "sv",
            "artikel 5.3 i direktivet om integritet och elektronisk kommunikation",
            "CELEX:32002L0058:5(3)",
        ),
        (
            "ro",
            "art. 5 alin. (3) din Directiva asupra confidențialității și comunicațiilor "
            "electronice",
            "CELEX:32002L0058:5(3)",
        ),
        ("el", "το άρθρο 6 της οδηγίας για τις αθέμιτες εμπορικές πρακτικές", "CELEX:32005L0029:6"),
        ("ro", "articolul 3 din Directiva privind clauzele abuzive", "CELEX:31993L0013:3"),
        ("sv", "artikel 4 i avfallsdirektivet", "CELEX:32008L0098:4"),
        ("da", "artikel 10 i retshåndhævelsesdirektivet", "CELEX:32016L0680:10"),
        ("sv", "artikel 10 i brottsdatadirektivet", "CELEX:32016L0680:10"),
    ],
)
def test_popular_names_in_nordic_romanian_and_greek(lang: str, text: str, key: str) -> None:
    assert _keys(text, lang) == [key]


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        ("en", "under Article 21 of NIS 2", "CELEX:32022L2555:21"),
        ("en", "as Article 97 of PSD 2 requires", "CELEX:32015L2366:97"),
        ("de", "nach Art. 21 NIS 2", "CELEX:32022L2555:21"),
        ("sv", "enligt artikel 4 i NIS 2-direktivet", "CELEX:32022L2555:4"),
        ("da", "efter artikel 21 i NIS 2-direktivet", "CELEX:32022L2555:21"),
        ("ro", "conform art. 34 alin. (4) din NIS 2", "CELEX:32022L2555:34(4)"),
    ],
)
def test_popular_name_with_a_number_as_second_word(lang: str, text: str, key: str) -> None:
    assert _keys(text, lang) == [key]


def test_popular_name_ending_a_longer_defined_name_is_the_defined_act() -> None:
    text = (
        "Textes de référence :\n  -  Règlement délégué (UE) 2017/565 de la Commission du 25 "
        "avril 2016 (« Règlement délégué MIF 2 »),\n     article 44 ;\n"
    )
    assert _keys(text, "fr") == ["CELEX:32017R0565", "CELEX:32017R0565:44"]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "da",
            "Forordningen supplerer direktivet om due diligence, direktiv (EU) 2024/1760, hvis "
            "artikel 29 giver ofrene ret til erstatning.",
            ["CELEX:32024L1760", "CELEX:32024L1760:29"],
        ),
        (
            "sv",
            "Förordningen kompletterar direktiv (EU) 2024/1760, vars artikel 22 gäller.",
            ["CELEX:32024L1760", "CELEX:32024L1760:22"],
        ),
        (
            "en",
            "Regulation (EU) 2024/1689 amends Directive (EU) 2020/1828, whose Article 4 is "
            "replaced.",
            ["CELEX:32024R1689", "CELEX:32020L1828", "CELEX:32020L1828:4"],
        ),
        (
            "nl",
            "Verordening (EU) 2024/1689 wijzigt Richtlijn (EU) 2020/1828, waarvan artikel 4 "
            "wordt vervangen.",
            ["CELEX:32024R1689", "CELEX:32020L1828", "CELEX:32020L1828:4"],
        ),
    ],
)
def test_relative_possessive_is_the_instrument_named_last(
    lang: str, text: str, keys: list[str]
) -> None:
    assert _keys(text, lang) == keys
