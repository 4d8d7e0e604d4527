"""The Official Journal's issue and page after a slash where the reference is no page
header: after its title and a comma, with its date after it ("Official Journal of the
European Union, L 333/1, 27.12.2022"), and after a page word, its date first (es "DOUE
del 27.12.2022 (pág. L 333/1 y ss.)"); the header itself ("… European Union L 130/1")
stays none. And a bare act number after a semicolon goes on with the list of acts
before it (de "VO'en (EU) 2020/1208; 2020/1044")."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Published in the Official Journal of the European Union, L 152/1, 3.6.2019.",
            ["OJ:L:2019:152:1"],
        ),
        (
            "fr",
            "Publié au Journal officiel de l'Union européenne, L 152/1, 3.6.2019.",
            ["OJ:L:2019:152:1"],
        ),
        ("de", "Amtsblatt der Europäischen Union, L 152/1, 3.6.2019", ["OJ:L:2019:152:1"]),
        ("es", "Se publicó en el DOUE del 3.6.2019 (pág. L 152/1 y ss.).", ["OJ:L:2019:152:1"]),
        ("it", "Pubblicato nella GUUE del 3.6.2019 (pag. L 152/1 e segg.).", ["OJ:L:2019:152:1"]),
        ("de", "Veröffentlicht im ABl. vom 3.6.2019 (S. L 152/1 ff.).", ["OJ:L:2019:152:1"]),
        # page headers stay none
        ("en", "3.6.2019 EN Official Journal of the European Union L 152/1", []),
        ("en", "Official Journal of the European Union L 152/1\n\nREGULATION", []),
    ],
)
def test_dated_slash_page_lines(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Siehe auch VO'en (EU) 2019/631; 2019/1242 zu den Emissionsnormen.",
            ["CELEX:32019R0631", "CELEX:32019R1242"],
        ),
        (
            "en",
            "See also Regulations (EU) 2019/631; 2019/1242 on emission standards.",
            ["CELEX:32019R0631", "CELEX:32019R1242"],
        ),
        (
            "nl",
            "Zie ook Verordeningen (EU) 2019/631; 2019/1242 inzake emissienormen.",
            ["CELEX:32019R0631", "CELEX:32019R1242"],
        ),
        (
            "fr",
            "Voir aussi les règlements (UE) 2019/631; 2019/1242 sur les normes.",
            ["CELEX:32019R0631", "CELEX:32019R1242"],
        ),
    ],
)
def test_semicolon_goes_on_with_list_of_acts(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "et",
            "OHUTUSKAART vastavalt määrusele (EÜ) nr 1907/2006, Artikkel 31 Epoxy Primer 2K",
            ["CELEX:32006R1907", "CELEX:32006R1907:31"],
        ),
        (
            "en",
            "SAFETY DATA SHEET according to Regulation (EC) No 1907/2006, Article 31 Epoxy Primer",
            ["CELEX:32006R1907", "CELEX:32006R1907:31"],
        ),
        (
            "de",
            "SICHERHEITSDATENBLATT gemäß Verordnung (EG) Nr. 1907/2006, Artikel 31 Epoxy Primer",
            ["CELEX:32006R1907", "CELEX:32006R1907:31"],
        ),
        (
            "fr",
            "FICHE DE DONNÉES DE SÉCURITÉ selon le Règlement (CE) n° 1907/2006, Article 31 Epoxy",
            ["CELEX:32006R1907", "CELEX:32006R1907:31"],
        ),
    ],
)
def test_capitalised_article_after_act_and_comma(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
