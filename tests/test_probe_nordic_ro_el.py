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
