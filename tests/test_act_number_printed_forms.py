"""Act numbers as pages print them: a directive's number written the wrong way round
with its domain (keyed as printed: keys are not corrected), a short number in brackets
after a title whose words join an article by a hyphen, and a label that opens its line
with the number, a comma and the act word."""

from __future__ import annotations

import pytest

import citeresolve


def acts(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "eu_act"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Directives are numbered year first only: a two-digit year first, as printed.
        (
            "mt",
            "li temenda d-Direttiva 83/2011/UE dwar",
            [("CELEX:31983L2011", "Direttiva 83/2011/UE")],
        ),
        ("en", "amending Directive 83/2011/EU on", [("CELEX:31983L2011", "Directive 83/2011/EU")]),
        (
            "de",
            "zur Änderung der Richtlinie 83/2011/EU über",
            [("CELEX:31983L2011", "Richtlinie 83/2011/EU")],
        ),
        # A decision may be numbered number first; a regulation too.
        ("da", "Rådets afgørelse 19/2012/EU", [("CELEX:32012D0019", "afgørelse 19/2012/EU")]),
        ("hu", "a 44/2001/EK rendelet", [("CELEX:32001R0044", "44/2001/EK rendelet")]),
        # A first part that is no year of the last century is not read so.
        ("en", "Directive 24/2011/EU", [("CELEX:32011L0024", "Directive 24/2011/EU")]),
    ],
)
def test_a_directive_number_as_printed(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Hyphenated words in the title before the bracketed number.
        (
            "mt",
            "Id-Direttiva dwar id-Drittijiet tal-Konsumatur (2011/83)\n\nX'INHU",
            [("CELEX:32011L0083", "Direttiva dwar id-Drittijiet tal-Konsumatur (2011/83)")],
        ),
        (
            "en",
            "the Regulation on cross-border parcel delivery (2018/644)",
            [("CELEX:32018R0644", "Regulation on cross-border parcel delivery (2018/644)")],
        ),
        (
            "de",
            "die Richtlinie über Pauschal-Reisen (2015/2302)",
            [("CELEX:32015L2302", "Richtlinie über Pauschal-Reisen (2015/2302)")],
        ),
        # A title that names another act: the number is that act's.
        (
            "en",
            "the Regulation amending Directive (2019/1)",
            [("CELEX:32019L0001", "Directive (2019/1)")],
        ),
    ],
)
def test_a_number_after_a_hyphenated_title(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A label: the number opens its line, a comma, the act word with its capital.
        (
            "cs",
            "2.4.5.1\n1924/2006, Nařízení Evropského parlamentu a Rady (ES) o výživových\n",
            [("CELEX:32006R1924", "1924/2006, Nařízení")],
        ),
        (
            "de",
            "1924/2006, Verordnung (EG) des Europäischen Parlaments und des Rates über\n",
            [("CELEX:32006R1924", "1924/2006, Verordnung")],
        ),
        (
            "en",
            "2019/1150, Regulation of the European Parliament and of the Council on\n",
            [("CELEX:32019R1150", "2019/1150, Regulation")],
        ),
        # Inside a line, or before a lower-case word (a government decree): no act.
        ("de", "Siehe die Tabelle 12/2006, Verordnung über", []),
        ("cs", "123/2006, nařízení vlády o ochraně", []),
    ],
)
def test_a_label_with_the_number_first(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert acts(text, lang) == expected
