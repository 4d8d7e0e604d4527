"""A year-less OJ reference in the slash form after a comma right after its act
("Directive (EU) 2015/849 …, OJ L 141/73,") takes the act's year, as it does in a
bracket; a page header on its own line, a footnote line, or a reference whose act
stands in an earlier sentence stays out (families/official_journal.py,
pipeline/extract.py)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang) if c.key.startswith("OJ:")]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "Directive (EU) 2019/1937 of the European Parliament and of the Council on the"
            " protection of whistleblowers, OJ L 305/17, applies from December 2021.",
            ["OJ:L:2019:305:17"],
        ),
        (
            "de",
            "Die Verordnung (EU) 2019/1020 des Europäischen Parlaments und des Rates über"
            " Marktüberwachung, ABl. L 169/1, gilt seit Juli 2021.",
            ["OJ:L:2019:169:1"],
        ),
        (
            "fr",
            "La directive (UE) 2019/1937 du Parlement européen et du Conseil sur la"
            " protection des lanceurs d'alerte, JO L 305/17, est transposée.",
            ["OJ:L:2019:305:17"],
        ),
        (
            "nl",
            "Richtlijn (EU) 2019/1937 van het Europees Parlement en de Raad inzake de"
            " bescherming van klokkenluiders, PbEU L 305/17, is omgezet.",
            ["OJ:L:2019:305:17"],
        ),
    ],
)
def test_slash_form_after_comma(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a page header: no abbreviation, no act
        ("en", "Official Journal of the European Union\nL 305/17\n26.11.2019"),
        # the act stands in an earlier sentence
        (
            "nl",
            "Richtlijn (EU) 2019/1937 is vastgesteld. Dit betreft een oudere richtlijn"
            " waarvan het nummer ontbreekt, Pb. EG, L 200/35.",
        ),
        # a national gazette after a comma
        ("de", "Das Gesetz vom 1. Juli 2021, BGBl. I 2021/123, gilt."),
    ],
)
def test_slash_form_not_keyed(lang: str, text: str) -> None:
    assert _keys(text, lang) == []
