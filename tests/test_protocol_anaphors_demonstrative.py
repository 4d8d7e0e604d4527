"""A Protocol named, then "that Protocol" with a demonstrative or "said" word (hr "tog
protokola", "navedenog protokola", sl "navedenega protokola", cs and sk "uvedeného
protokolu"): the article pins the Protocol named last ([references] protocol)."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "hr",
            "Protokolom (br. 2) o primjeni načela supsidijarnosti i proporcionalnosti uređena je "
            "uloga parlamenata; vidjeti i članak 6. tog protokola.",
        ),
        (
            "hr",
            "Protokolom (br. 2) o primjeni načela supsidijarnosti i proporcionalnosti uređena je "
            "uloga parlamenata. Članak 6. navedenog protokola propisuje rok.",
        ),
        (
            "sl",
            "Protokol (št. 2) o uporabi načel subsidiarnosti in sorazmernosti ureja vlogo "
            "parlamentov. Člen 6 navedenega protokola določa rok.",
        ),
        (
            "cs",
            "Protokol (č. 2) o používání zásad subsidiarity a proporcionality upravuje úlohu "
            "parlamentů. Článek 6 uvedeného protokolu stanoví lhůtu.",
        ),
        (
            "sk",
            "Protokol (č. 2) o uplatňovaní zásad subsidiarity a proporcionality upravuje úlohu "
            "parlamentov. Článok 6 uvedeného protokolu stanovuje lehotu.",
        ),
    ],
)
def test_demonstrative_protocol_reference(lang: str, text: str) -> None:
    assert _keys(text, lang) == ["PROTOCOL-2", "PROTOCOL-2:6"]


def test_no_protocol_named_before() -> None:
    assert _keys("Članak 6. tog protokola propisuje rok.", "hr") == []
