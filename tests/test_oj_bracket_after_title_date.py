"""An issue and its page in a bracket right after an Official Journal title and its
date (en "published in the Official Journal of 21 November 2018 (L 235/39)"): the
reference of that date's year, the bracket's content its span; no page header."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Regulation was published in the Official Journal of 21 November 2018 "
            "(L 235/39). It repeals",
        ),
        (
            "de",
            "Die Verordnung wurde im Amtsblatt vom 21. November 2018 (L 235/39) veröffentlicht.",
        ),
        ("fr", "Le règlement a été publié au Journal officiel du 21 novembre 2018 (L 235/39)."),
    ],
)
def test_issue_and_page_in_a_bracket_after_the_date(lang: str, text: str) -> None:
    assert journals(text, lang) == [("OJ:L:2018:235:39", "L 235/39")]


def test_a_page_header_stays_unread() -> None:
    text = "Official Journal of the European Union L 130/1\n\nREGULATION"
    assert journals(text, "en") == []
