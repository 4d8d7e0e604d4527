"""Annexes cited in forms the chain grammar did not read: a list of Roman numerals
before the annex word where the number comes first (lt "I, II, IV ir V priedų", hu "I.
és II. melléklet"), the word that joins an annex (and only an annex) to its act (sl
"Prilogi II in X k Uredbi", cs "příloze II k nařízení", bg "приложение II към
Регламент"), Roman numerals typed with Greek or Cyrillic look-alike letters (el
"Παράρτημα ΙΙ" with iotas) or in small letters (pt "anexo xvi")."""

from __future__ import annotations

import pytest

import citeresolve


def cited(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, text[c.start : c.end]) for c in citeresolve.extract(text, lang=lang)]


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


R858 = "CELEX:32018R0858"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "iš dalies keičiami reglamento (ES) 2018/858 I, III ir VI priedai",
            [f"{R858}:annex-I", f"{R858}:annex-III", f"{R858}:annex-VI"],
        ),
        (
            "lv",
            "grozījumi Regulas (ES) 2018/858 II un IV pielikumā",
            [f"{R858}:annex-II", f"{R858}:annex-IV"],
        ),
        (
            "hu",
            "a 2018/858/EU rendelet I., II. és V. mellékletének módosításáról",
            [f"{R858}:annex-I", f"{R858}:annex-II", f"{R858}:annex-V"],
        ),
        # one numeral, as before
        ("lt", "Reglamento (ES) 2018/858 II priede", [f"{R858}:annex-II"]),
    ],
)
def test_number_first_roman_numerals_list_annexes(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # numerals before another noun (chapters) are no annexes
        ("lt", "reglamento (ES) 2018/858 I, II ir III skyriai"),
        ("lv", "Regulas (ES) 2018/858 I un II nodaļā"),
        ("hu", "a 2018/858/EU rendelet I. és II. fejezete"),
    ],
)
def test_numerals_before_another_noun_are_no_annexes(lang: str, text: str) -> None:
    assert keys(text, lang) == [R858]


R883 = "CELEX:32004R0883"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sl",
            "Vsebina Prilog II in X k Uredbi 883/2004 še ni določena.",
            [(f"{R883}:annex-II", "Prilog II"), (f"{R883}:annex-X", "X")],
        ),
        (
            "sk",
            "v prílohách II a III k nariadeniu (ES) č. 883/2004",
            [(f"{R883}:annex-II", "prílohách II"), (f"{R883}:annex-III", "III")],
        ),
        ("cs", "v příloze XI k nařízení (ES) č. 883/2004", [(f"{R883}:annex-XI", "příloze XI")]),
        (
            "bg",
            "в приложения II и III към Регламент (ЕО) № 883/2004",
            [(f"{R883}:annex-II", "приложения II"), (f"{R883}:annex-III", "III")],
        ),
        ("hr", "u Prilogu XI. uz Uredbu (EZ) br. 883/2004", [(f"{R883}:annex-XI", "Prilogu XI.")]),
        (
            "mt",
            "fl-Anness XI għar-Regolament (KE) Nru 883/2004",
            [(f"{R883}:annex-XI", "Anness XI")],
        ),
    ],
)
def test_an_annex_joined_to_its_act(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the "to" word links an annex, not an article
        ("sl", "v skladu s členom 5 k Uredbi 883/2004"),
        ("cs", "podle článku 5 k nařízení (ES) č. 883/2004"),
        ("sk", "podľa článku 5 k nariadeniu (ES) č. 883/2004"),
    ],
)
def test_the_annex_word_joins_no_article(lang: str, text: str) -> None:
    assert keys(text, lang) == [R883]


R745 = "CELEX:32017R0745"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Greek iotas for I, Cyrillic І for I
        ("el", "στο Παράρτημα ΙΙ του Κανονισμού (ΕΕ) 2017/745", [f"{R745}:annex-II"]),
        (
            "el",
            "τα Παραρτήματα ΙΧ και ΧΙ του κανονισμού (ΕΕ) 2017/745",
            [f"{R745}:annex-IX", f"{R745}:annex-XI"],
        ),
        ("bg", "съгласно приложение ІІІ към Регламент (ЕС) 2017/745", [f"{R745}:annex-III"]),
        # small letters, two or more
        (
            "pt",
            "O Regulamento (UE) 2017/745 abrange os produtos enumerados no seu anexo xvi.",
            [R745, f"{R745}:annex-XVI"],
        ),
        ("es", "los productos del anexo xvi del Reglamento (UE) 2017/745", [f"{R745}:annex-XVI"]),
        ("it", "i prodotti dell'allegato xvi del regolamento (UE) 2017/745", [f"{R745}:annex-XVI"]),
        # one small letter may be a word: cs "v" is "in"
        ("cs", "přílohy v nařízení (EU) 2017/745", [R745]),
    ],
)
def test_roman_numerals_in_look_alike_or_small_letters(
    lang: str, text: str, expected: list[str]
) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("asetuksen (EU) 2018/858 liitteissä I ja II", [f"{R858}:annex-I", f"{R858}:annex-II"]),
        ("asetuksen (EU) 2018/858 liitteestä IV", [f"{R858}:annex-IV"]),
        ("kuten liitteissä todetaan", []),
        # the partitive, the object of "amend" ("muutetaan") and "replace"
        ("Asetuksen (EU) 2018/858 liitettä II muutetaan seuraavasti:", [f"{R858}:annex-II"]),
        (
            "asetuksen (EU) 2018/858 liitteitä IV ja V olisi muutettava",
            [f"{R858}:annex-IV", f"{R858}:annex-V"],
        ),
    ],
)
def test_finnish_annex_cases(text: str, expected: list[str]) -> None:
    assert keys(text, "fi") == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a list of annexes in Roman numerals goes on with Roman numerals only: the next
        # item's number of an enumeration is no annex
        (
            "cs",
            "v souladu s článkem 47 nařízení (EU) 2024/1689 a jeho přílohou V,\n8. umístit na "
            "systém označení CE,",
            ["CELEX:32024R1689:47", "CELEX:32024R1689:annex-V"],
        ),
        (
            "en",
            "in accordance with Regulation (EU) 2024/1689 and its Annex IV,\n5. keep the logs,",
            ["CELEX:32024R1689", "CELEX:32024R1689:annex-IV"],
        ),
        (
            "de",
            "gemäß der Verordnung (EU) 2024/1689 und ihrem Anhang IV,\n5. die Protokolle,",
            ["CELEX:32024R1689", "CELEX:32024R1689:annex-IV"],
        ),
        # an article after the annex, and annexes numbered in digits, as before
        (
            "en",
            "Annex I, Article 3 of Regulation (EU) 2024/1689",
            ["CELEX:32024R1689:annex-I", "CELEX:32024R1689:3"],
        ),
        (
            "en",
            "Annexes 2 and 3 to Regulation (EU) 2024/1689",
            ["CELEX:32024R1689:annex-2", "CELEX:32024R1689:annex-3"],
        ),
    ],
)
def test_a_list_of_roman_annexes_ends_at_a_digit(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
