"""A numbered Protocol in the genitive with its title before its article (lv "Protokola
Nr. 2 par subsidiaritātes un proporcionalitātes principu piemērošanu 6. pants", lt
"Protokolo Nr. 2 dėl subsidiarumo ir proporcingumo principų taikymo 6 straipsnį") is
one citation, the article's, as an act with its title is; it also gave the Protocol
alone, and lost the article when another instrument stood earlier in the sentence."""

from __future__ import annotations

import pytest

import citeresolve


def _keys(text: str, lang: str) -> list[str]:
    return [c.key for c in citeresolve.extract(text, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Rakstā analizēts Protokola Nr. 2 par subsidiaritātes un proporcionalitātes "
            "principu piemērošanu 2.–5. pants.",
            ["PROTOCOL-2:2-5"],
        ),
        (
            "lv",
            "Rakstā aplūkots Regulas (ES) 2016/679 26. apsvērums, kā arī Protokola Nr. 2 "
            "par subsidiaritātes un proporcionalitātes principu piemērošanu 6. pants.",
            ["CELEX:32016R0679:recital-26", "PROTOCOL-2:6"],
        ),
        (
            "lv",
            "Saskaņā ar Protokola Nr. 1 par valstu parlamentu lomu Eiropas Savienībā 4. pantu "
            "parlamenti saņem dokumentus.",
            ["PROTOCOL-1:4"],
        ),
        (
            "lt",
            "Pagal Protokolo Nr. 2 dėl subsidiarumo ir proporcingumo principų taikymo 6 "
            "straipsnį parlamentai gali pateikti nuomonę.",
            ["PROTOCOL-2:6"],
        ),
        (
            "lt",
            "Pagal Protokolo (Nr. 2) dėl subsidiarumo ir proporcingumo principų taikymo 7 "
            "straipsnį Komisija peržiūri pasiūlymą.",
            ["PROTOCOL-2:7"],
        ),
    ],
)
def test_protocol_title_before_article(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "ņemot vērā Protokolu Nr. 2 par subsidiaritātes un proporcionalitātes principu "
            "piemērošanu,",
            ["PROTOCOL-2"],
        ),
        (
            "lv",
            "ņemot vērā Protokolu Nr. 2 par subsidiaritātes un proporcionalitātes principu "
            "piemērošanu un jo īpaši tā 6. pantu,",
            ["PROTOCOL-2", "PROTOCOL-2:6"],
        ),
    ],
)
def test_protocol_named_alone_or_then_pinned(lang: str, text: str, expected: list[str]) -> None:
    assert _keys(text, lang) == expected
