"""A Protocol's number is read whole or not at all: the minutes of a meeting numbered
with a slash ("протокол № 20/08.05.2019", "protokol č. 20/2019") are no Protocol No 2,
while "Protocol No 20" and "Protocol (No 21)" still are Protocols to the Treaties."""

from __future__ import annotations

import pytest

import citeresolve


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(c.key, c.text) for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A data protection authority's decision: the meeting's record and its date.
        (
            "bg",
            "на редовно заседание, проведено на 08.05.2019 г. и обективирано в "
            "протокол№20/08.05.2019 г., на основание чл.10, ал.1 от Закона за защита на "
            "личните данни (ЗЗЛД) във вр. с чл.57, §1, б.„е“ от Регламент(ЕС) 2016/679,",
            [("CELEX:32016R0679:57(1)(f)", "чл.57, §1, б.„е“")],
        ),
        (
            "bg",
            "обективирано в протокол № 20/08.05.2019 г.",
            [],
        ),
        (
            "sl",
            "Svet je na seji (protokol št. 20/2019) odločil na podlagi 57. člena Uredbe "
            "(EU) 2016/679.",
            [("CELEX:32016R0679:57", "57. člena")],
        ),
        ("cs", "jak vyplývá ze zápisu (protokol č. 12/2021) ze zasedání rady", []),
        ("en", "as recorded in the minutes (Protocol No. 20/08.05.2019) of the board", []),
        # Protocols to the Treaties keep their numbers, one or two digits.
        (
            "en",
            "Protocol No 20 on the application of certain aspects of Article 26 TFEU",
            [("PROTOCOL-20", "Protocol No 20"), ("TFEU:26", "Article 26")],
        ),
        (
            "en",
            "Protocol (No 21) on the position of the United Kingdom",
            [("PROTOCOL-21", "Protocol (No 21)")],
        ),
        (
            "bg",
            "съгласно Протокол № 2 относно прилагането на принципите",
            [("PROTOCOL-2", "Протокол № 2")],
        ),
        (
            "it",
            "Protocollo n. 1, n. 2, n. 3 e n. 27",
            [
                ("PROTOCOL-1", "Protocollo n. 1"),
                ("PROTOCOL-2", "n. 2"),
                ("PROTOCOL-3", "n. 3"),
                ("PROTOCOL-27", "n. 27"),
            ],
        ),
    ],
)
def test_a_protocol_number_is_read_whole(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert keys(text, lang) == expected
