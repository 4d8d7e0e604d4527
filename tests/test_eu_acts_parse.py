"""The EU-act finder on its own (families/eu_acts.py): act numbers in a cleaned view
become CELEX candidates with their spans and list groups, before attach or the OJ
family see them. Through extract they are tested in tests/test_eu_acts.py."""

from __future__ import annotations

import pytest
import regex

from citeresolve.families import act_qualifiers, eu_acts
from citeresolve.families.act_markers import cited_again
from citeresolve.model.keys import format_key
from citeresolve.text.clean import clean


def acts(text: str) -> list[tuple[str, str]]:
    view = clean(text).view
    return [(format_key(c.parts), view[c.start : c.end]) for c in eu_acts.parse(view)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # since 2015 "year/number"; the domain is not part of the number
        ("Regulation (EU) 2016/679 of the European Parliament",
         [("CELEX:32016R0679", "Regulation (EU) 2016/679")]),
        ("Directive 2011/83/EU", [("CELEX:32011L0083", "Directive 2011/83/EU")]),
        # regulations before 2015: "No number/year", two-digit years before 1999
        ("Council Regulation (EEC) No 1408/71",
         [("CELEX:31971R1408", "Regulation (EEC) No 1408/71")]),
        ("Directive 88/576/EEC", [("CELEX:31988L0576", "Directive 88/576/EEC")]),
        ("Decision 2009/917/JHA", [("CELEX:32009D0917", "Decision 2009/917/JHA")]),
        # a Framework Decision has its own CELEX descriptor (F, data/act_kinds.toml)
        ("Council Framework Decision 2008/977/JHA",
         [("CELEX:32008F0977", "Framework Decision 2008/977/JHA")]),
    ],
)  # fmt: skip
def test_act_numbers_become_celex_candidates(text: str, found: list[tuple[str, str]]) -> None:
    assert acts(text) == found


def test_acts_cited_as_one_list_share_a_group() -> None:
    view = clean("Regulations (EU) No 1303/2013 and (EU) No 1304/2013").view
    found = eu_acts.parse(view)
    assert [format_key(c.parts) for c in found] == ["CELEX:32013R1303", "CELEX:32013R1304"]
    assert found[0].group is not None and found[0].group == found[1].group


@pytest.mark.parametrize(
    "text",
    [
        "the 2016/679 figures",  # a number with no act word near it
        "Law No 2016/12 of the Republic",  # a national act
    ],
)
def test_numbers_that_are_no_eu_act(text: str) -> None:
    assert acts(text) == []


def test_the_act_word_says_implementing_or_delegated() -> None:
    text = "Commission Implementing Regulation (EU) 2019/947"
    start = text.index("Regulation")
    kinds = ("implementing", "delegated")
    assert act_qualifiers.act_kind(text, start, len(text), "en", kinds) == "implementing"
    plain = "Commission Regulation (EU) 2019/947"
    start = plain.index("Regulation")
    assert act_qualifiers.act_kind(plain, start, len(plain), "en", kinds) is None


@pytest.mark.parametrize(
    "view",
    [
        "Nr. 1829/2003, Nr. 1829/20031 and (EG) 1829/2003/EG",
        "1829/2003 11829/2003 5/1829/2003 1829/2003 x1829/2003",
        "1829/2003\n1829/2003 1829/2003",
        "2003/1829/2003/1829 2003/1829",
        "1234567890/" * 20,
        "x" * 100_000 + " 1829/2003 5/1829/2003 2003/1829",  # long: numbers counted once
    ],
)
def test_a_number_is_cited_again_where_it_stands_whole(view: str) -> None:
    for number in ("1829/2003", "2003/1829", "1234567890/1234567890", "7890/1234"):
        whole = regex.findall(rf"(?<![\d/]){regex.escape(number)}(?!\d)", view)
        for more_than in (0, 1, 2):
            assert cited_again(view, number, more_than) == (len(whole) > more_than)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A conversion wrote the number once without its slash before it: the act word
        # and domain before the damaged copy are the number's.
        ("The Commission Implementing Regulation (EU) 2020405 2020/405 of 16 March 2020",
         [("CELEX:32020R0405", "Regulation (EU) 2020405 2020/405")]),
        ("sous le règlement (UE) 20181091 2018/1091 du Parlement européen",
         [("CELEX:32018R1091", "règlement (UE) 20181091 2018/1091")]),
        # A title glued to the number before it: its act word is read (cs, de).
        ("(EU) 2023/2225Směrnice Evropského parlamentu a Rady (EU) 2023/2225 ze dne",
         [("CELEX:32023L2225", "Směrnice Evropského parlamentu a Rady (EU) 2023/2225")]),
        ("Fußnote 12Richtlinie (EU) 2019/1937 des Europäischen Parlaments",
         [("CELEX:32019L1937", "Richtlinie (EU) 2019/1937")]),
        # Negatives: other digits before the number are no copy of it; a short act
        # word glued to digits is no act word ("2RL").
        ("in 2020 405 2020/405 cases", []),
        ("Fußnote 2RL (EU) 2016/680", []),
    ],
)  # fmt: skip
def test_conversion_damage_around_act_numbers(text: str, found: list[tuple[str, str]]) -> None:
    assert acts(text) == found
