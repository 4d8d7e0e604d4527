"""The minutes of a meeting, numbered and dated, are no Protocol to the Treaties: bg
"с Протокол № 24 от 30.09.2021 г." (a municipal council's decision before an
administrative court), cs "protokolu č. 3 ze dne 12. 3. 2020", lv "protokols nr. 17,
1.2. punkts" (an item of a government meeting's minutes); Protocols to the Treaties,
with their articles and Official Journal references, still are."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "bg",
            "Административен съд – Русе отмени Решение № 455 на Общински съвет – Две могили, "
            "взето на заседание на Общински съвет – Две могили с Протокол № 24 от "
            "30.09.2021 г., изменено с Решение № 466 на Общински съвет – Две могили, взето на "
            "заседание на Общински съвет – Две могили с Протокол № 25 от 29.10.2021 г.",
        ),
        (
            "bg",
            "Предмет на оспорване е цялата Наредба, приета с решение по т.1 от Протокол № 13 "
            "от 28.06.2016 г. на Общински съвет (ОбС) – Бургас.",
        ),
        (
            "bg",
            "срещу Решение № 159/30.07.2020г., прието по Протокол № 10 на Общински съвет – "
            "Пазарджик, с което е обявен за частна общинска собственост",
        ),
        ("cs", "podle protokolu č. 3 ze dne 12. 3. 2020"),
        ("sk", "podľa protokolu č. 4 zo dňa 12.3.2020"),
        ("pl", "zgodnie z protokołem nr 5 z dnia 12.03.2020 r. zarządu"),
        ("de", "gemäß Protokoll Nr. 5 vom 12.03.2020 der Sitzung"),
        ("mt", "kif jirriżulta mill-Protokoll Nru 5 tat-12.03.2020"),
        (
            "lv",
            "Informatīvais ziņojums sagatavots, izpildot Vecāko amatpersonu 2005.gada 2. maija "
            "sanāksmes uzdevumu (protokols nr. 17, 1.2. punkts).",
        ),
    ],
)
def test_minutes_are_no_protocol(lang: str, text: str) -> None:
    assert [k for k in keys(text, lang) if k.startswith("PROTOCOL-")] == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("bg", "член 5 от Протокол № 2 относно прилагането на принципите", ["PROTOCOL-2:5"]),
        ("bg", "Протокол № 2, член 6", ["PROTOCOL-2:6"]),
        (
            "bg",
            "Протокол № 36 (ОВ C 115, 9.5.2008 г., стр. 322)",
            ["PROTOCOL-36", "OJ:C:2008:115:322"],
        ),
        ("en", "Protocol No 36, OJ C 115, 9.5.2008, p. 322", ["PROTOCOL-36", "OJ:C:2008:115:322"]),
        ("lv", "Līguma par Eiropas Savienību 5. pants un Protokols Nr. 2", ["TEU:5", "PROTOCOL-2"]),
        ("cs", "článek 6 Protokolu č. 2 o používání zásad subsidiarity", ["PROTOCOL-2:6"]),
    ],
)
def test_protocols_to_the_treaties_stay(lang: str, text: str, expected: list[str]) -> None:
    assert keys(text, lang) == expected
