"""An inserted article's letter set apart from its number before the Treaty's noun in
the case an article takes ("člena 130 s Pogodbe", "Artikel 130 s des Vertrages") is the
article's, even where the letter is also a one-letter word of the language (sl "s");
the language's preposition before another case of the noun stays a word, and a
paragraph's number keeps its point (families/spaced_letters.py, ``letter_treaty``)."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "ob upoštevanju Pogodbe o ustanovitvi Evropske gospodarske skupnosti in zlasti "
            "člena 113 in člena 130 s Pogodbe, ob upoštevanju",
            ["TEC:113", "TEC:130s"],
        ),
        (
            "sl",
            "ob upoštevanju Pogodbe o ustanovitvi Evropske skupnosti in zlasti "
            "člena 100 a Pogodbe,",
            ["TEC:100a"],
        ),
        (
            "cs",
            "s ohledem na Smlouvu o založení Evropského hospodářského společenství, a zejména "
            "na článek 130 s Smlouvy, s ohledem na návrh",
            ["TEC:130s"],
        ),
        (
            "sk",
            "so zreteľom na Zmluvu o založení Európskeho hospodárskeho spoločenstva, a najmä "
            "na jej článok 130 s Zmluvy, so zreteľom na návrh",
            ["TEC:130s"],
        ),
        (
            "hr",
            "uzimajući u obzir Ugovor o osnivanju Europske ekonomske zajednice, a posebno "
            "njegov članak 130 s Ugovora, uzimajući u obzir",
            ["TEC:130s"],
        ),
        (
            "pl",
            "uwzględniając Traktat ustanawiający Europejską Wspólnotę Gospodarczą, "
            "w szczególności art. 130 s Traktatu, uwzględniając wniosek",
            ["TEC:130s"],
        ),
        (
            "de",
            "gestützt auf den Vertrag zur Gründung der Europäischen Wirtschaftsgemeinschaft, "
            "insbesondere auf Artikel 130 s des Vertrages, auf Vorschlag",
            ["TEC:130s"],
        ),
    ],
)
def test_spaced_letter_before_the_treaty_noun(lang: str, text: str, expected: list[str]) -> None:
    found = keys(text, lang)
    assert [k for k in found if ":" in k] == expected


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # the preposition before the instrumental: "with the Treaty"
        ("sl", "v skladu s členom 5 s Pogodbo o delovanju Evropske unije", "5s"),
        # a paragraph's number before a spaced letter keeps its point
        ("cs", "podle čl. 6 odst. 1 c Smlouvy o fungování Evropské unie", "6c"),
    ],
)
def test_no_inserted_letter_elsewhere(lang: str, text: str, absent: str) -> None:
    assert not any(k.endswith(absent) for k in keys(text, lang))
