"""A possessive further in a sentence whose only act words are the bare kind of the one
act the sentence before names ("This Directive applies where the conditions of its
Article 1 are met"): the kind word is that act's anaphor, and the possessive its."""

from __future__ import annotations

import pytest

import citeresolve

L58 = "CELEX:32002L0058"
L31 = "CELEX:32000L0031"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "Direktiva 2002/58/ES usklajuje pravila o zasebnosti. Ta direktiva se uporablja, "
            "če so izpolnjeni pogoji iz njenega člena 3.",
            [L58, f"{L58}:3"],
        ),
        (
            "sk",
            "Smernica 2002/58/ES harmonizuje pravidlá. Táto smernica sa uplatňuje, ak sú "
            "splnené podmienky jej článku 3.",
            [L58, f"{L58}:3"],
        ),
        (
            "lv",
            "Direktīva 2002/58/EK saskaņo noteikumus par privātumu.\nDalībvalstīm jāievēro "
            "direktīvas darbības joma atbilstoši tās 3. un 4. pantam.",
            [L58, f"{L58}:3", f"{L58}:4"],
        ),
        (
            "en",
            "Directive 2002/58/EC harmonises the rules on privacy. The directive applies "
            "where the conditions of its Article 3 are met.",
            [L58, f"{L58}:3"],
        ),
    ],
)
def test_the_kind_word_stands_for_the_act_before(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the kind word is another kind than the act before: another act's article
        (
            "sk",
            "Smernica 2002/58/ES harmonizuje pravidlá. Toto nariadenie sa uplatňuje, ak sú "
            "splnené podmienky jeho článku 3.",
            [L58],
        ),
        (
            "lv",
            "Direktīva 2002/58/EK saskaņo noteikumus. Dalībvalstīm jāievēro regulas darbības "
            "joma atbilstoši tās 3. pantam.",
            [L58],
        ),
        # the sentence before names two acts of that kind: which is meant is not said
        (
            "sk",
            "Smernica 2002/58/ES a smernica 2000/31/ES harmonizujú pravidlá. Táto smernica sa "
            "uplatňuje, ak sú splnené podmienky jej článku 3.",
            [L58, L31],
        ),
        # a national law with its number between: its article, perhaps
        (
            "sk",
            "Smernica 2002/58/ES harmonizuje pravidlá. Táto smernica sa podľa zákona č. "
            "18/2018 uplatňuje, ak sú splnené podmienky jej článku 3.",
            [L58],
        ),
    ],
)
def test_no_act_of_that_kind_alone_before(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
