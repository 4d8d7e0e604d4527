"""The Official Journal finder on its own (families/official_journal.py): OJ citations
in a cleaned view become candidates; a citation without its year is left for the
extractor, which takes the year from an act cited with it."""

from __future__ import annotations

import pytest
import regex

from citeresolve.errors import LanguageDataError
from citeresolve.families import official_journal, oj_words
from citeresolve.resolve.toolkit import identifiers
from citeresolve.text.clean import clean

from .conftest import read_by


def found(text: str) -> list[tuple[str, str]]:
    return read_by(official_journal.parse, text)


@pytest.mark.parametrize(
    ("text", "citations"),
    [
        ("OJ L 119, 4.5.2016, p. 1.", [("OJ:L:2016:119:1", "OJ L 119, 4.5.2016, p. 1")]),
        # the issue is padded to three digits in the key
        ("OJ C 23, 21.1.2021, p. 83", [("OJ:C:2021:023:83", "OJ C 23, 21.1.2021, p. 83")]),
        # act by act (since October 2023): no issue, no page
        ("OJ L, 2023/2854, 20.12.2023", [("OJ:L:2023/2854", "OJ L, 2023/2854, 20.12.2023")]),
        # act by act after a number word, with or without a comma: never issue 2024
        ("UL L št. 2024/1159 z dne 19. 4. 2024", [("OJ:L:2024/1159", "UL L št. 2024/1159")]),
        ("Úř. věst. L č. 2024/1159, 19.4.2024",
         [("OJ:L:2024/1159", "Úř. věst. L č. 2024/1159, 19.4.2024")]),
        ("GU L n. 2024/1159 del 19.4.2024", [("OJ:L:2024/1159", "GU L n. 2024/1159")]),
        ("ABl. L Nr. 2024/1159", [("OJ:L:2024/1159", "ABl. L Nr. 2024/1159")]),
        # the date written in words; other languages' abbreviations and page words
        ("OJ L 119 of 4 May 2016, p. 1", [("OJ:L:2016:119:1", "OJ L 119 of 4 May 2016, p. 1")]),
        ("(1) ABl. L 222 vom 20.8.2008, S. 1.",
         [("OJ:L:2008:222:1", "ABl. L 222 vom 20.8.2008, S. 1")]),
        ("JO L 119 du 4.5.2016, p. 1", [("OJ:L:2016:119:1", "JO L 119 du 4.5.2016, p. 1")]),
    ],
)  # fmt: skip
def test_oj_citations_become_candidates(text: str, citations: list[tuple[str, str]]) -> None:
    assert found(text) == citations


def test_a_citation_without_a_year_keeps_its_parts_for_the_extractor() -> None:
    view = clean("OJ L 119, p. 1").view
    (candidate,) = official_journal.parse(view)
    parts = candidate.parts
    assert (parts.series, parts.issue, parts.page, parts.year) == ("L", "119", 1, None)


@pytest.mark.parametrize("text", ["the Official Journal", "L 119 of 4.5.2016", "OJ L"])
def test_no_oj_citation(text: str) -> None:
    assert found(text) == []


# The date styles are data (data/identifiers.toml, [official_journal.date_styles]),
# each with examples: every example is read by its style alone, and inside a citation
# by the whole grammar, which takes the citation's year from it.
DATE_STYLES = identifiers()["official_journal"]["date_styles"]
YEAR_MARKS = oj_words.Words.of_every_language().year_marks


def _places(style: dict[str, object]) -> list[str]:
    return ["after", "before"] if style["place"] == "both" else [str(style["place"])]


@pytest.mark.parametrize(
    ("name", "example", "place"),
    [
        (name, example, place)
        for name, style in DATE_STYLES.items()
        for example in style["examples"]
        for place in _places(style)
    ],
)
def test_a_date_style_reads_its_examples(name: str, example: str, place: str) -> None:
    style = DATE_STYLES[name]
    pattern = oj_words.date_style(style, YEAR_MARKS, place)
    m = regex.fullmatch(pattern, example, regex.VERBOSE)
    assert m is not None, f"{name} does not read {example!r}"
    assert all(k.startswith(f"{place}_") for k in m.groupdict())
    date = {k.partition("_")[2]: v for k, v in m.groupdict().items() if v is not None}
    assert 1 <= int(date["day"]) <= 31 and 1 <= int(date.get("month", 1)) <= 12
    if "year" not in date:
        return  # a date without its year: the act before gives it (test_oj_yearless_dates)
    year = int(date["year"])
    if year < 100:  # two digits ("6-11-12"): this century's below the courts' pivot
        year += 2000 if year < identifiers()["courts"]["century_pivot"] else 1900
    if place == "after":
        text, key = f"OJ C 23, {example}, p. 83", f"OJ:C:{year}:023:83"
    else:
        text, key = f"ABl. vom {example}, L 72/4", f"OJ:L:{year}:072:4"
    # No classic issue is dated after act-by-act numbering began (October 2023).
    oj = identifiers()["official_journal"]
    late = "month" in date and (year, int(date["month"])) >= (
        oj["act_by_act_first_year"],
        oj["act_by_act_first_month"],
    )
    assert found(text) == ([] if late else [(key, text)])


def test_every_date_style_has_examples_and_a_place() -> None:
    assert len(DATE_STYLES) >= 7
    assert {style["place"] for style in DATE_STYLES.values()} == {"after", "before", "both"}
    assert all(style["examples"] for style in DATE_STYLES.values())


def test_a_date_style_in_no_known_place_is_an_error() -> None:
    style = {"place": "between", "pattern": r"(?P<year>\d{4})", "examples": ["2014"]}
    with pytest.raises(LanguageDataError, match="'before' or 'both', not 'between'"):
        oj_words.date_style(style, YEAR_MARKS)
