"""A chain alone in brackets after a statement about one act, opened by a word that
refers the reader to it ("(see recital 32)", pt "(cf. Considerando 32)", de "(vgl.
ErwG 146)"): the act of the statement's, as the same chain is without the word
(bracketed_statements.py; ``see_words`` of data/context_words.toml). The dot of an
abbreviated word ("cf.", "vgl.") before a capital ends no sentence there."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        (
            "en",
            "The GDPR requires a clear affirmative act (see recital 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "en",
            "The GDPR requires a clear affirmative act (cf. Article 7).",
            ["CELEX:32016R0679:7"],
        ),
        (
            "pt",
            "O RGPD exige um ato positivo claro (cf. Considerando 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "es",
            "El RGPD exige un acto afirmativo claro (véase el considerando 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "de",
            "Die DSGVO verlangt eine eindeutige bestätigende Handlung (vgl. ErwG 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "de",
            "Die DSGVO verlangt eine eindeutige bestätigende Handlung (vgl. Erwägungsgrund 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "nl",
            "De AVG vereist een duidelijke actieve handeling (zie overweging 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "fr",
            "Le RGPD exige un acte positif clair (voir considérant 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "pl",
            "RODO wymaga wyraźnego działania potwierdzającego (zob. motyw 32).",
            ["CELEX:32016R0679:recital-32"],
        ),
        (
            "en",
            "Directive 2013/33/EU governs detention (see Articles 8 to 11).",
            ["CELEX:32013L0033", "CELEX:32013L0033:8-11"],
        ),
    ],
)
def test_see_word_before_bracketed_chain(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize(
    ("lang", "text", "keys"),
    [
        # a national act named between owns the chain
        (
            "en",
            "The GDPR is implemented by the Data Protection Act 2018 (see section 32).",
            [],
        ),
        # a point of a judgment, not a recital; a paragraph of the text itself
        (
            "en",
            "Regulation (EU) 2016/679 was adopted in 2016 (see point 38 of the judgment).",
            ["CELEX:32016R0679"],
        ),
        (
            "en",
            "Regulation (EU) 2016/679 was adopted in 2016 (see paragraph 38 below).",
            ["CELEX:32016R0679"],
        ),
        # another sentence: no statement about the act before the bracket
        ("en", "The GDPR applies. Consent must be informed (see recital 32).", []),
        # a national code named in the statement
        ("de", "Das BGB regelt den Kaufvertrag (vgl. § 433).", []),
    ],
)
def test_see_word_negatives(lang: str, text: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys
