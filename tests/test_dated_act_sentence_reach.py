"""An act cited with its own date (and its author) at the head of a sentence gives its
instrument to the articles the sentence then cites, as an act cited by its number alone
does: the date is no gap between them ("Council Directive 2006/112/EC of 28 November
2006 on the common system of value added tax governs … in Articles 167 to 192"). A
capitalised name between them (a national code) still breaks the tie."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Council Directive 2008/118/EC of 16 December 2008 concerning the general "
            "arrangements for excise duty lays down the movement rules in Articles 20 to 31.",
            ["CELEX:32008L0118", "CELEX:32008L0118:20-31"],
        ),
        (
            "ro",
            "Directiva 2008/118/CE a Consiliului din 16 decembrie 2008 privind regimul "
            "general al accizelor reglementează circulația produselor la art. 20.",
            ["CELEX:32008L0118", "CELEX:32008L0118:20"],
        ),
        (
            "hr",
            "Direktiva Vijeća 2008/118/EZ od 16. prosinca 2008. o općim aranžmanima za "
            "trošarine uređuje kretanje proizvoda u člancima 20. do 31.",
            ["CELEX:32008L0118", "CELEX:32008L0118:20-31"],
        ),
        (
            "mt",
            "Id-Direttiva tal-Kunsill 2008/118/KE tas-16 ta' Diċembru 2008 dwar l-arranġamenti "
            "ġenerali għas-sisa tirregola l-moviment tal-prodotti fl-Artikoli 20 sa 31.",
            ["CELEX:32008L0118", "CELEX:32008L0118:20-31"],
        ),
        (
            # a national code named between: its article, no EU citation
            "ro",
            "Directiva 2008/118/CE a Consiliului din 16 decembrie 2008 a fost transpusă prin "
            "Codul fiscal, care reglementează accizele la art. 336.",
            ["CELEX:32008L0118"],
        ),
    ],
)
def test_dated_act_heads_its_articles(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
