"""Names defined in a definitions clause before their instrument: the defining verb
before the quoted name (ga "ciallaíonn ‘an Treoir’ Treoir (AE) 2022/2561", context
words ``defined_after``) or after it (el "ως «Οδηγία» νοείται η Οδηγία …",
``defined_first``). A name of an article and one act word is used with the article fused
into a preposition (ga "Airteagal 5 den Treoir", ``article_fusions``); a capitalised
name of one act word declines in capitals (el "της Οδηγίας")."""

from __future__ import annotations

import pytest

import citeresolve


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ga",
            "Sna Rialacháin seo, ciallaíonn ‘an Treoir’ Treoir (AE) 2019/1937. Beidh feidhm ag "
            "Airteagal 7(1) agus Airteagal 9 den Treoir.",
            ["CELEX:32019L1937", "CELEX:32019L1937:7(1)", "CELEX:32019L1937:9"],
        ),
        (
            "ga",
            "San Ordú seo, ciallaíonn “an Rialachán” Rialachán (AE) 2023/1115. Leasaítear "
            "Rialachán (AE) Uimh. 995/2010 freisin. Tá feidhm ag Airteagal 4 den Rialachán.",
            ["CELEX:32023R1115", "CELEX:32010R0995", "CELEX:32023R1115:4"],
        ),
        (
            "ga",
            "Treoir 2006/123/CE (dá ngairtear ‘an Treoir’ anseo feasta). Tá feidhm ag "
            "Airteagal 16 den Treoir.",
            ["CELEX:32006L0123", "CELEX:32006L0123:16"],
        ),
        (
            "el",
            "Για τους σκοπούς του παρόντος νόμου, ως «Οδηγία» νοείται η Οδηγία (ΕΕ) 2019/1937. "
            "Εφαρμόζεται το άρθρο 7 της Οδηγίας.",
            ["CELEX:32019L1937", "CELEX:32019L1937:7"],
        ),
        (
            "el",
            "Ως «Απόφαση» νοείται η Απόφαση (ΕΕ) 2021/914 της Επιτροπής. Η απόφαση 2010/87/ΕΕ "
            "καταργείται. Εφαρμόζεται το άρθρο 2 της Απόφασης.",
            ["CELEX:32021D0914", "CELEX:32010D0087", "CELEX:32021D0914:2"],
        ),
        (
            "en",
            "In these Regulations, ‘the Regulation’ means Regulation (EU) 2023/1115. Article 4 "
            "of the Regulation applies.",
            ["CELEX:32023R1115", "CELEX:32023R1115:4"],
        ),
        # a bare act word with a bracket or number after it is another act
        (
            "ga",
            "Sna Rialacháin seo, ciallaíonn ‘an Treoir’ Treoir (AE) 2019/1937. Aisghairtear "
            "leis seo Airteagal 3 den Treoir (AE) 2015/849.",
            ["CELEX:32019L1937", "CELEX:32015L0849:3"],
        ),
    ],
)
def test_name_defined_before_its_instrument(lang: str, text: str, expected: list[str]) -> None:
    assert [c.key for c in citeresolve.extract(text, lang=lang)] == expected
