"""Series and issue that open a bracket after the act they publish and end its
reference before a remark in words ("(PbEG L 195, hierna te noemen: de richtlijn)")
are that issue of the act's year, as in a bracket of their own; a damaged reference
and one on a line of its own stay unread."""

from __future__ import annotations

import pytest

import citeresolve


def journal(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "nl",
            "Richtlijn 2004/48/EG van het Europees Parlement en de Raad van 29 april 2004 "
            "betreffende de handhaving van intellectuele-eigendomsrechten (PbEG L 195, hierna "
            "te noemen: de richtlijn). Het wetsvoorstel",
            [("OJ:L:2004:195", "PbEG L 195")],
        ),
        (
            "en",
            "Directive 2004/48/EC of the European Parliament and of the Council of 29 April "
            "2004 on the enforcement of intellectual property rights (OJ L 195, hereinafter "
            "'the Directive')",
            [("OJ:L:2004:195", "OJ L 195")],
        ),
        (
            "de",
            "Richtlinie 2004/48/EG vom 29. April 2004 (ABl. L 195, im Folgenden: die Richtlinie)",
            [("OJ:L:2004:195", "ABl. L 195")],
        ),
        (
            "fr",
            "la directive 2004/48/CE du 29 avril 2004 (JO L 195, ci-après la « directive »)",
            [("OJ:L:2004:195", "JO L 195")],
        ),
        # Its date and page after the comma are the reference's, as before.
        (
            "en",
            "Directive 2004/48/EC (OJ L 195, 2.6.2004, p. 16, hereinafter 'the Directive')",
            [("OJ:L:2004:195:16", "OJ L 195, 2.6.2004, p. 16")],
        ),
    ],
)
def test_an_issue_before_a_remark_in_its_bracket(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journal(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No bracket opens on the reference: nothing says it follows its act.
        ("en", "Directive 2004/48/EC was published in OJ L 195, hereinafter cited as such."),
        # A damaged reference: a second comma, no words.
        ("en", "Directive 2004/48/EC (OJ L 195, , p"),
        # The bracket never closes on the line.
        ("nl", "Richtlijn 2004/48/EG (PbEG L 195, hierna te noemen: de richtlijn.\nVolgende"),
    ],
)
def test_other_issues_without_page_stay_unread(lang: str, text: str) -> None:
    assert journal(text, lang) == []
