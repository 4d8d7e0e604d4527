"""The single, unnumbered annex of an act joined to the annex word by case or by a "to"
word (the language file's ``annex_single``), and an annex joined by its "to" word to an
act whose qualifier stands before the act word (bg "към Делегиран регламент")."""

from __future__ import annotations

import pytest

import citeresolve

R2019 = "CELEX:32019R0006"
D123 = "CELEX:32006L0123"


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the annex word right after the act in the genitive
        ("lv", "kā noteikts Regulas (ES) 2019/6 pielikumā, ražotājs", [f"{R2019}:annex-1"]),
        ("lv", "Direktīvas 2006/123/EK (2) pielikuma B daļā minētie", [f"{D123}:annex-1"]),
        ("fi", "direktiivin 2006/123/EY liitteessä tarkoitetut palvelut", [f"{D123}:annex-1"]),
        ("fi", "asetuksen (EU) 2019/6 (5) liitteeseen lisätään", [f"{R2019}:annex-1"]),
        ("et", "vastavalt direktiivi 2006/123/EÜ lisas esitatud loetelule", [f"{D123}:annex-1"]),
        ("hu", "a 2006/123/EK irányelv mellékletében felsorolt", [f"{D123}:annex-1"]),
        # the annex word before the act's "to" word
        ("bg", "съгласно приложението към Директива 2006/123/ЕО", [f"{D123}:annex-1"]),
        ("cs", "uvedené v příloze k nařízení (EU) 2019/6 se mění", [f"{R2019}:annex-1"]),
        ("sk", "príloha k smernici 2006/123/ES sa nahrádza", [f"{D123}:annex-1"]),
        ("sl", "Priloga k Direktivi 2006/123/ES se spremeni", [f"{D123}:annex-1"]),
    ],
)
def test_single_annex_next_to_its_act(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the qualifier before the act word no longer cuts the annex from its act
        (
            "bg",
            "за изменение на приложение III към Делегиран регламент (ЕС) 2019/6 на Комисията",
            [f"{R2019}:annex-III"],
        ),
        (
            "bg",
            "изменение на приложението към Регламент за изпълнение (ЕС) 2019/6",
            [f"{R2019}:annex-1"],
        ),
        # a numbered annex keeps its number (before or after the word)
        ("lv", "Regulas (ES) 2019/6 II pielikumā", [f"{R2019}:annex-II"]),
        ("fi", "asetuksen (EU) 2019/6 liitteessä II", [f"{R2019}:annex-II"]),
        ("cs", "příloha III k nařízení (EU) 2019/6", [f"{R2019}:annex-III"]),
    ],
)
def test_annexes_with_their_numbers(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # plurals are never the single annex: lv "pielikumu" is also the plural genitive
        ("lv", "Direktīvas 2006/123/EK pielikumu pārskatīšana", [D123]),
        ("fi", "direktiivin 2006/123/EY liitteissä luetellut", [D123]),
        ("cs", "přílohy k nařízení (EU) 2019/6 se mění", [R2019]),
        # an annex word that no act touches cites nothing
        ("et", "lisas esitatud andmed on esitatud direktiivi 2006/123/EÜ kohaselt", [D123]),
        ("bg", "приложението съдържа данни; Директива 2006/123/ЕО", [D123]),
    ],
)
def test_no_single_annex(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
