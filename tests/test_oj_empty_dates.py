"""Official Journal references whose date a page lost after its connector ("ABl. L 111
vom , S. 13"), which take the year of the act they publish: the head act of a title
dated with a day's dot ("vom 17. April 2019"), which is no sentence's end."""

from __future__ import annotations

import pytest

import citeresolve


def journals(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang) if c.type == "oj"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "die Richtlinie 2010/78/EU (ABl. L 331 vom , S. 120) gilt",
            [("OJ:L:2010:331:120", "ABl. L 331 vom , S. 120")],
        ),
        (
            "fr",
            "la directive 2010/78/UE (JO L 331 du , p. 120) s'applique",
            [("OJ:L:2010:331:120", "JO L 331 du , p. 120")],
        ),
        (
            "en",
            "Directive 2010/78/EU (OJ L 331 of , p. 120) applies",
            [("OJ:L:2010:331:120", "OJ L 331 of , p. 120")],
        ),
        # In a footnote of its own, no act gives the lost year.
        ("en", "1 OJ L 331 of , p. 120.", []),
    ],
)
def test_a_date_lost_after_its_connector(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journals(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Verordnung (EU) 2019/631 des Rates vom 17. April 2019 zur Aufhebung der "
            "Verordnung (EU) Nr. 510/2011 (ABl. L 111, S. 13)",
            [("OJ:L:2019:111:13", "ABl. L 111, S. 13")],
        ),
        (
            "cs",
            "nařízení (EU) 2019/631 ze dne 17. dubna 2019, kterým se zrušuje nařízení (EU) "
            "č. 510/2011 (Úř. věst. L 111, s. 13)",
            [("OJ:L:2019:111:13", "Úř. věst. L 111, s. 13")],
        ),
        (
            "da",
            "forordning (EU) 2019/631 af 17. april 2019 om ophævelse af forordning (EU) "
            "nr. 510/2011 (EUT L 111, s. 13)",
            [("OJ:L:2019:111:13", "EUT L 111, s. 13")],
        ),
        # A sentence that ends after a number still ends: the act after it owns the year.
        (
            "en",
            "See Regulation (EU) 2019/631 of 17 April 2019 on Article 5. The Directive "
            "2011/12/EU (OJ L 111, p. 13)",
            [("OJ:L:2011:111:13", "OJ L 111, p. 13")],
        ),
    ],
)
def test_a_title_dated_with_a_days_dot(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert journals(text, lang) == expected
