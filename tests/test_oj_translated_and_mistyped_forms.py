"""Official Journal references in three more shapes.

* A page word whose dot is typed as a comma (lt "OL 2011 L 262, p, 33", en "p, 1",
  de "S, 3"): still the page (families/oj_words.page_words).
* The Polish national form translated into English, the abbreviation with a dot and
  "EU" after it, the year right after the series with no connector ("OJ EU. L. 2023
  No. 150, p. 1"), or act by act with "item" for pl "poz." ("OJ EU. L. 2024, item
  1620" → ``OJ:L:2024/1620``, the post-2023 act-by-act key of the contract).
* A year-less reference takes the year of the act it follows; in Finnish an act's date
  comes before it ("26.7.2010 annetun neuvoston päätöksen 2010/413/YUTP (EUVL L 195,
  s. 39)"), so a date followed by "annetun" is never the own date of the act before
  it (``dated_next`` in data/context_words.toml).
"""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        ("lt", "iš dalies keičiamas 37 protokolas (OL 2011 L 262, p, 33).", ["OJ:L:2011:262:33"]),
        (
            "en",
            "Regulation (EC) No 987/2009 (OJ L 284, 30.10.2009, p, 1) applies.",
            ["CELEX:32009R0987", "OJ:L:2009:284:1"],
        ),
        (
            "fr",
            "le règlement (CE) no 987/2009 (JO L 284 du 30.10.2009, p, 1) s'applique.",
            ["CELEX:32009R0987", "OJ:L:2009:284:1"],
        ),
        (
            "de",
            "die Verordnung (EG) Nr. 987/2009 (ABl. L 284 vom 30.10.2009, S, 1) gilt.",
            ["CELEX:32009R0987", "OJ:L:2009:284:1"],
        ),
    ],
)
def test_page_word_with_a_comma(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a comma after the page word with no number: no page
        ("en", "(OJ L 284, 30.10.2009, p, see below)", ["OJ:L:2009:284"]),
        # a page of something else, no journal named
        ("lt", "žr. ataskaitos 2011 m. leidinį, p, 33.", []),
        ("en", "see the 2011 report, p, 33.", []),
    ],
)
def test_page_word_with_a_comma_negatives(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Regulation (EU) 2023/1113 on information accompanying transfers of funds "
            "(OJ EU. L. 2023 No. 150, p. 1).",
            ["CELEX:32023R1113", "OJ:L:2023:150:1"],
        ),
        (
            "Regulation (EU) 2024/1620 establishing the Authority (OJ EU. L. 2024, item 1620);",
            ["CELEX:32024R1620", "OJ:L:2024/1620"],
        ),
        (
            "Regulation (EU) 2024/1624 on the prevention of money laundering "
            "(OJ. EU. L. of 2024, item 1624);",
            ["CELEX:32024R1624", "OJ:L:2024/1624"],
        ),
    ],
)
def test_polish_form_in_english(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the Polish originals stay read
        ("pl", "(Dz. U. UE. L. z 2014 r. poz. 352 str. 1)", ["OJ:L:2014:352:1"]),
        ("pl", "(DUUEL. z 2024 r., poz. 1785)", ["OJ:L:2024/1785"]),
        # no series dot, no connector: the classic form, its year from its date
        ("en", "(OJ L 150, 9.6.2023, p. 1)", ["OJ:L:2023:150:1"]),
        # a year after a series letter that is no OJ reference
        ("en", "see Table L. 2023 No. 4 of the report", []),
    ],
)
def test_polish_form_negatives(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "asetuksen (EU) N:o 267/2012 täytäntöönpanosta 15.10.2012 annettu neuvoston "
            "täytäntöönpanoasetus (EU) N:o 945/2012 sekä yhteisen kannan 2007/140/YUTP "
            "kumoamisesta 26.7.2010 annetun neuvoston päätöksen 2010/413/YUTP (EUVL L 195, "
            "s. 39) liitteessä II olevaan luetteloon",
            [
                "CELEX:32012R0267",
                "CELEX:32012R0945",
                "CELEX:32007E0140",
                "OJ:L:2010:195:39",
                "CELEX:32010D0413:annex-II",
            ],
        ),
        (
            "direktiivin 2006/24/EY muuttamisesta 12.7.2012 tehdyn neuvoston päätöksen "
            "2012/400/EU (EUVL L 186, s. 1) mukaisesti",
            ["CELEX:32006L0024", "CELEX:32012D0400", "OJ:L:2012:186:1"],
        ),
    ],
)
def test_finnish_date_before_its_act(text: str, keys: list[str]) -> None:
    assert _keys(text, "fi") == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # the date after the act is its own where the language writes it there
        (
            "en",
            "Council Decision 2010/413/CFSP of 26 July 2010 concerning restrictive measures "
            "against Iran and repealing Common Position 2007/140/CFSP (OJ L 195, p. 39)",
            ["CELEX:32010D0413", "CELEX:32007E0140", "OJ:L:2010:195:39"],
        ),
        (
            "fr",
            "la décision 2010/413/PESC du Conseil, du 26 juillet 2010, concernant des mesures "
            "restrictives à l'encontre de l'Iran et abrogeant la position commune "
            "2007/140/PESC (JO L 195, p. 39)",
            ["CELEX:32010D0413", "CELEX:32007E0140", "OJ:L:2010:195:39"],
        ),
    ],
)
def test_date_after_its_act(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
