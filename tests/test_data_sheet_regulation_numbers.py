"""Safety data sheets print REACH as its number in a directive's order, with its domain
and no act word ("1907/2006/EC", pt "Em conformidade com 1907/2006/CE, Artigo 31.º"):
the regulation of the popular names with that serial and year (a decision "No
1907/2006/EC" would share the serial, so only a known regulation is read so). The bare
number and a capitalised article after its comma make one label: the article only."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "pt",
            "Ficha de dados de segurança Em conformidade com 1907/2006/CE, Artigo 31.º\n\n"
            "01/19/2016. Kit Components.",
            [("CELEX:32006R1907:31", "Artigo 31.º")],
        ),
        (
            "pt",
            "Ficha de dados de segurança conforme 1907/2006/EC (REACH)\n\nPADOR MOTOR OIL",
            [("CELEX:32006R1907", "1907/2006/EC")],
        ),
        (
            "et",
            "TOOTE OHUTUSKAART vastavalt 1907/2006/EÜ, Artikkel 31 Thermal Pad (L37-3) 1",
            [("CELEX:32006R1907:31", "Artikkel 31")],
        ),
        (
            "en",
            "Safety Data Sheet according to 1907/2006/EC, Article 31\nPrinting date 01.02.2021",
            [("CELEX:32006R1907:31", "Article 31")],
        ),
        (
            "sv",
            "Klassificering enligt 1272/2008/EG (CLP).",
            [("CELEX:32008R1272", "1272/2008/EG")],
        ),
        # With its number word and the name after it, as before: the annex of the name.
        (
            "pt",
            "FICHA DE DADOS DE SEGURANÇA Conforme regulamentação (EC) No. 1907/2006 (REACH), "
            "Anexo II - Portugal Sika Rep Cosmetic",
            [("CELEX:32006R1907:annex-II", "Anexo II")],
        ),
        # A number no popular name knows stays unread, as before: it may be a decision's.
        ("en", "Safety Data Sheet according to 1234/2006/EC, Article 31", []),
        # A decision with its word; a directive's number year first.
        ("en", "Decision No 1639/2006/EC", [("CELEX:32006D1639", "Decision No 1639/2006/EC")]),
        (
            "da",
            "det nuværende direktiv 2008/114/EF af 8. december 2008",
            [("CELEX:32008L0114", "direktiv 2008/114/EF")],
        ),
    ],
)
def test_regulation_numbers_of_data_sheets(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected
